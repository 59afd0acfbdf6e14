package org.ossatlas.harvester.git;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.ossatlas.harvester.HarvestContext;
import org.ossatlas.harvester.raw.RawFiles;
import org.ossatlas.harvester.raw.RawRecord;
import org.ossatlas.harvester.raw.RawStore;

/** A test workspace for the git source and what it stored. */
final class Harvested {
  static final ObjectMapper JSON = new ObjectMapper();

  final Path root;
  final RawStore raw;

  Harvested(Path root) {
    this.root = root;
    this.raw = new RawStore(root.resolve("raw"));
  }

  HarvestContext context() {
    return context(() -> false);
  }

  HarvestContext context(BooleanSupplier stop) {
    return new HarvestContext(
        raw, root.resolve("state"), root.resolve("clones"), Clock.systemUTC(), stop);
  }

  /**
   * Stops after {@code n} stored batches: the source asks once before fetching, then after every
   * batch that leaves work.
   */
  HarvestContext stopAfterBatches(int n) {
    AtomicInteger asked = new AtomicInteger();
    return context(() -> asked.getAndIncrement() >= n);
  }

  Path checkpoint(String project) {
    return root.resolve("state").resolve("git").resolve(project + ".json");
  }

  List<RawRecord> records(String project) {
    List<RawRecord> all = new ArrayList<>();
    for (Path file : new RawStore(root.resolve("raw")).files(project)) {
      RawFiles.read(file, all::add);
    }
    return all;
  }

  /** Every stored commit object in order (duplicates kept, so tests can count them). */
  List<JsonNode> commits(String project) {
    List<JsonNode> commits = new ArrayList<>();
    for (RawRecord r : records(project)) {
      if (r.kind().equals("git-commits")) {
        parse(r.body()).forEach(commits::add);
      }
    }
    return commits;
  }

  Map<String, JsonNode> bySha(String project) {
    Map<String, JsonNode> map = new LinkedHashMap<>();
    for (JsonNode c : commits(project)) {
      if (map.put(c.get("sha").asText(), c) != null) {
        throw new AssertionError("stored twice: " + c.get("sha").asText());
      }
    }
    return map;
  }

  List<JsonNode> heads(String project) {
    List<JsonNode> heads = new ArrayList<>();
    for (RawRecord r : records(project)) {
      if (r.kind().equals("git-head")) {
        heads.add(parse(r.body()));
      }
    }
    return heads;
  }

  static JsonNode parse(String json) {
    try {
      return JSON.readTree(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * {@code git log --numstat} per sha: "additions deletions files binaries", binaries counted from
   * the "-\t-" lines.
   */
  static Map<String, String> gitNumstat(GitCli git, String... flags) {
    List<String> args = new ArrayList<>(List.of("log", "--numstat", "-M", "--format=@%H"));
    args.addAll(List.of(flags));
    String out = git.run(args.toArray(String[]::new));
    Map<String, String> figures = new LinkedHashMap<>();
    String sha = null;
    int add = 0;
    int del = 0;
    int files = 0;
    int bin = 0;
    for (String line : (out + "\n@end").split("\n")) {
      if (line.startsWith("@")) {
        if (sha != null) {
          figures.put(sha, add + " " + del + " " + files + " " + bin);
        }
        sha = line.substring(1);
        add = del = files = bin = 0;
      } else if (!line.isBlank()) {
        String[] f = line.split("\t");
        files++;
        if (f[0].equals("-")) {
          bin++;
        } else {
          add += Integer.parseInt(f[0]);
          del += Integer.parseInt(f[1]);
        }
      }
    }
    return figures;
  }

  static String figures(JsonNode c) {
    return c.get("additions").asInt()
        + " "
        + c.get("deletions").asInt()
        + " "
        + c.get("files_changed").asInt()
        + " "
        + c.get("binary_files").asInt();
  }
}
