package org.ossatlas.harvester.graphql;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.ossatlas.common.RepoFacts;
import org.ossatlas.common.Workspace;
import org.ossatlas.harvester.HarvestContext;
import org.ossatlas.harvester.HarvestTarget;
import org.ossatlas.harvester.RequestBudget;
import org.ossatlas.harvester.TargetOutcome;
import org.ossatlas.harvester.compact.CompactionStage;
import org.ossatlas.harvester.raw.RawStore;

/** A data folder, the GraphQL source against a {@link GitGraphQlServer}, and compaction. */
final class GraphQlHarness {
  final Path root;
  final Workspace workspace;
  final GitGraphQlServer server;
  final List<Duration> sleeps = new ArrayList<>();
  GraphQlSettings settings;
  List<Credential> credentials;
  RequestBudget budget = RequestBudget.unlimited();

  GraphQlHarness(Path root, GitGraphQlServer server, String... tokens) {
    this.root = root;
    this.server = server;
    this.workspace =
        new Workspace(root.resolve("sheets"), root.resolve("data"), root.resolve("out"));
    this.settings =
        GraphQlSettings.defaults(server.endpoint())
            .withTimeouts(Duration.ofSeconds(20), Duration.ofMillis(1));
    this.credentials = new ArrayList<>();
    for (int i = 0; i < tokens.length; i++) {
      credentials.add(Credential.token(tokens[i], "token " + (i + 1) + " of GITHUB_TOKENS"));
    }
  }

  GraphQlSource source() {
    return new GraphQlSource(
        settings, new TokenPool(credentials), budget, sleeps::add, GraphQlClient.defaultHttp());
  }

  HarvestContext context(BooleanSupplier stop) {
    return new HarvestContext(
        new RawStore(workspace.raw()),
        workspace.state(),
        workspace.gitClones(),
        Clock.systemUTC(),
        stop);
  }

  List<TargetOutcome> harvest(List<HarvestTarget> targets) {
    return source().harvestAll(targets, context(() -> budget.stopRequested()), 1);
  }

  TargetOutcome harvest(String project, String ownerName) {
    return harvest(List.of(new HarvestTarget(project, "https://github.com/" + ownerName))).get(0);
  }

  /** Compacts and returns the rows of {@code data/commits.csv.gz} by sha (header dropped). */
  Map<String, String[]> compact() {
    new CompactionStage(workspace).run(bytes -> {});
    Map<String, String[]> rows = new HashMap<>();
    try (GZIPInputStream in = new GZIPInputStream(Files.newInputStream(workspace.commits()))) {
      String[] lines =
          new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).split("\n");
      for (int i = 1; i < lines.length; i++) {
        String[] cells = lines[i].split(",", -1);
        if (rows.put(cells[0] + "/" + cells[1], cells) != null) {
          throw new AssertionError("a (project, sha) twice: " + lines[i]);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return rows;
  }

  Map<String, RepoFacts> facts() {
    return RepoFacts.read(workspace.repoFacts());
  }

  /** Every file the harvest and compaction wrote, as text (raw files gunzipped). */
  String everythingWritten() {
    StringBuilder all = new StringBuilder();
    try (Stream<Path> files = Files.walk(workspace.data())) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        byte[] bytes = Files.readAllBytes(file);
        if (file.toString().endsWith(".gz")) {
          bytes = RawGunzip.all(bytes);
        }
        all.append(new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return all.toString();
  }

  /** Gunzips concatenated gzip members (the raw store's files). */
  static final class RawGunzip {
    static byte[] all(byte[] bytes) throws IOException {
      try (GZIPInputStream in = new GZIPInputStream(new java.io.ByteArrayInputStream(bytes))) {
        return in.readAllBytes();
      }
    }
  }
}
