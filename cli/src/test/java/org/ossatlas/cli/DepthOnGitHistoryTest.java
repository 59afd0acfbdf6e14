package org.ossatlas.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Values;
import org.ossatlas.graph.GraphConnection;
import org.ossatlas.graph.testing.SharedTestGraph;
import org.ossatlas.graph.testing.SheetsFixture;

/**
 * Organizations and releases on a real history: a repository made here with the git command line (a
 * .mailmap, several organizations, a free-mail and a noreply author, a personal domain, a bot, tags
 * on and off the default branch) is harvested with the git source, compacted and analysed; the
 * files are then checked against git's own view ({@code git log --use-mailmap}, {@code git tag}).
 */
class DepthOnGitHistoryTest {
  @TempDir Path dir;
  GraphConnection graph;
  Path upstream;

  @BeforeEach
  void setUp() throws IOException, InterruptedException {
    graph = SharedTestGraph.emptied();
    upstream = dir.resolve("upstream");
    Files.createDirectories(upstream);
    git("init", "-q", "-b", "main");
    commit("Ann", "ann@corp.example.com", "2023-06-01T10:00:00Z"); // before the window
    commit("Ann", "ann@corp.example.com", "2023-11-30T23:59:59Z"); // just before the window
    commit("Ann", "Ann@Corp.Example.com", "2024-01-01T00:00:00Z");
    for (int i = 0; i < 4; i++) {
      commit("Ann", "ann@corp.example.com", "2024-02-0" + (i + 1) + "T10:00:00Z");
    }
    for (int i = 0; i < 3; i++) {
      commit("Bob", "bob@corp.example.com", "2024-03-0" + (i + 1) + "T10:00:00Z");
    }
    commit("Cy", "cy@corp.example.com", "2024-04-01T10:00:00Z");
    commit("Cy", "cy@old-laptop.local", "2024-04-02T10:00:00Z"); // mapped to corp by .mailmap
    tag("-a", "v1.0.0", "-m", "one", "2024-04-03T12:00:00Z");
    for (int i = 0; i < 4; i++) {
      commit("Dee", "dee@lab.example.org", "2024-05-0" + (i + 1) + "T10:00:00Z");
    }
    commit("Eve", "eve@lab.example.org", "2024-06-01T10:00:00Z");
    commit("Fay", "fay@gmail.com", "2024-06-02T10:00:00Z");
    commit("Fay", "fay@gmail.com", "2024-06-03T10:00:00Z");
    commit("Gus", "12345+gus@users.noreply.github.com", "2024-07-01T10:00:00Z");
    commit("Hal", "hal@solo.example.net", "2024-07-02T10:00:00Z");
    commit(
        "dependabot[bot]",
        "49699333+dependabot[bot]@users.noreply.github.com",
        "2024-08-01T10:00:00Z");
    git("tag", "v1.1.0-rc1"); // lightweight: dated by its commit
    Files.writeString(
        upstream.resolve(".mailmap"), "Cy <cy@corp.example.com> <cy@old-laptop.local>\n");
    git("add", ".mailmap");
    commitStaged("Ann", "ann@corp.example.com", "2024-09-01T10:00:00Z");
    commit("Ann", "ann@corp.example.com", "2025-01-05T10:00:00Z"); // after the window
    // A release branch the default branch never reaches, with its own annotated tag.
    git("checkout", "-q", "-b", "release-0.9", "HEAD~3");
    commit("Bob", "bob@corp.example.com", "2024-10-01T10:00:00Z");
    tag("-a", "v0.9.1", "-m", "backport", "2024-10-02T08:00:00Z");
    git("checkout", "-q", "main");

    String projects =
        SheetsFixture.PROJECTS + "orgs,Orgs," + upstream.toUri() + ",databases,,Made here.,git\n";
    SheetsFixture.clean().with("projects.csv", projects).writeTo(dir.resolve("sheets"));
  }

  @Test
  void organizationsMatchGitLogAndReleasesListEveryTag() throws Exception {
    CommandRun harvest = run("harvest", "--source", "git", "--only", "orgs");
    assertThat(harvest.exitCode()).as(harvest.out() + harvest.err()).isZero();
    assertThat(run("compact").exitCode()).isIn(0, 65); // 65: quality errors of other projects
    CommandRun load = run("load");
    assertThat(load.exitCode()).as(load.err()).isZero();
    CommandRun analyze = run("analyze", "--as-of", "2024-11");
    assertThat(analyze.exitCode()).as(analyze.out() + analyze.err()).isZero();

    Path metrics = dir.resolve("data/metrics/projects");
    List<String> orgRows = Files.readAllLines(metrics.resolve("orgs-organizations.csv"));
    assertThat(orgRows.get(0)).isEqualTo("organization,commits,authors");
    Map<String, long[]> published = new TreeMap<>();
    for (String row : orgRows.subList(1, orgRows.size())) {
      String[] cells = row.split(",");
      published.put(cells[0], new long[] {Long.parseLong(cells[1]), Long.parseLong(cells[2])});
    }

    // git's view of the same window: 2023-12 .. 2024-11 (the 12 months up to --as-of).
    Map<String, Long> commits = new HashMap<>();
    Map<String, Set<String>> authors = new HashMap<>();
    long total = 0;
    Instant from = Instant.parse("2023-12-01T00:00:00Z");
    Instant to = Instant.parse("2024-12-01T00:00:00Z");
    for (String line : git("log", "--use-mailmap", "--format=%aN|%aE|%at").split("\n")) {
      String[] f = line.split("\\|");
      Instant at = Instant.ofEpochSecond(Long.parseLong(f[2]));
      if (f[0].endsWith("[bot]") || at.isBefore(from) || !at.isBefore(to)) {
        continue;
      }
      total++;
      String email = f[1].toLowerCase(Locale.ROOT);
      String domain = email.substring(email.indexOf('@') + 1);
      commits.merge(domain, 1L, Long::sum);
      authors.computeIfAbsent(domain, d -> new HashSet<>()).add(email);
    }
    Set<String> expected = new TreeSet<>();
    for (String domain : commits.keySet()) {
      if (authors.get(domain).size() >= 2 && commits.get(domain) * 50 >= total) {
        expected.add(domain);
        assertThat(published.get(domain))
            .as(domain)
            .containsExactly(commits.get(domain), (long) authors.get(domain).size());
      }
    }
    assertThat(expected).containsExactly("corp.example.com", "lab.example.org");
    assertThat(published.keySet())
        .containsExactlyInAnyOrder(
            "corp.example.com", "lab.example.org", "(other)", "(independent)");
    assertThat(published.get("(other)")).containsExactly(1L, 1L); // hal's personal domain
    assertThat(published.get("(independent)")).containsExactly(3L, 2L); // fay and gus
    long publishedTotal = published.values().stream().mapToLong(v -> v[0]).sum();
    assertThat(publishedTotal).isEqualTo(total);
    assertThat(String.join("\n", orgRows)).doesNotContain("@").doesNotContain("solo.example.net");

    List<String> releaseRows = Files.readAllLines(metrics.resolve("orgs-releases.csv"));
    assertThat(releaseRows)
        .containsExactly(
            "tag,date,prerelease",
            "v1.0.0,2024-04-03T12:00:00Z,false",
            "v1.1.0-rc1,2024-08-01T10:00:00Z,true",
            "v0.9.1,2024-10-02T08:00:00Z,false");
    Set<String> tags = new TreeSet<>(List.of(git("tag", "-l").split("\n")));
    Set<String> listed = new TreeSet<>();
    releaseRows.subList(1, releaseRows.size()).forEach(r -> listed.add(r.split(",")[0]));
    assertThat(listed).isEqualTo(tags);

    Map<String, Object> node =
        graph.read(
            tx ->
                tx.run(
                        "MATCH (p:Project {id: $id}) RETURN properties(p) AS p",
                        Values.parameters("id", "orgs"))
                    .single()
                    .get("p")
                    .asMap());
    assertThat(node)
        .containsEntry("elephant_factor", 1L) // corp: 12 of 18 organization commits
        .containsEntry("latest_release_tag", "v0.9.1")
        .containsEntry("releases_last_12_months", 2L);
  }

  private void commit(String name, String email, String date)
      throws IOException, InterruptedException {
    Files.writeString(
        upstream.resolve("file.txt"), name + " " + date + "\n", StandardCharsets.UTF_8);
    git("add", "file.txt");
    commitStaged(name, email, date);
  }

  private void commitStaged(String name, String email, String date)
      throws IOException, InterruptedException {
    gitAs(name, email, date, "commit", "-q", "-m", "at " + date);
  }

  private void tag(String annotated, String tag, String flag, String message, String date)
      throws IOException, InterruptedException {
    gitAs("Tagger", "tagger@corp.example.com", date, "tag", annotated, tag, flag, message);
  }

  private String git(String... args) throws IOException, InterruptedException {
    return gitAs("Setup", "setup@example.invalid", "2024-01-01T00:00:00Z", args);
  }

  private String gitAs(String name, String email, String date, String... args)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of("git", "-c", "commit.gpgsign=false"));
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command).directory(upstream.toFile());
    builder.redirectErrorStream(true);
    Map<String, String> env = builder.environment();
    env.put("GIT_AUTHOR_NAME", name);
    env.put("GIT_AUTHOR_EMAIL", email);
    env.put("GIT_AUTHOR_DATE", date);
    env.put("GIT_COMMITTER_NAME", name);
    env.put("GIT_COMMITTER_EMAIL", email);
    env.put("GIT_COMMITTER_DATE", date);
    env.put("GIT_CONFIG_NOSYSTEM", "1");
    env.put("HOME", dir.toString());
    Process process = builder.start();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor()).as("git " + args[0] + ": " + out).isZero();
    return out.strip();
  }

  private CommandRun run(String... args) {
    String[] common = {
      "--sheets", dir.resolve("sheets").toString(),
      "--data", dir.resolve("data").toString(),
      "--out", dir.resolve("out").toString(),
      "--neo4j-uri", graph.boltUri()
    };
    String[] all = new String[common.length + args.length];
    System.arraycopy(common, 0, all, 0, common.length);
    System.arraycopy(args, 0, all, common.length, args.length);
    return CommandRun.of(all);
  }
}
