package org.ossatlas.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import org.ossatlas.graph.GraphConnection;
import org.ossatlas.graph.testing.SharedTestGraph;
import org.ossatlas.graph.testing.SheetsFixture;

/**
 * The done-when check of issue #13 on a real history, run by hand (it needs a git bundle and takes
 * minutes): {@code mvn -pl cli -am test -Dtest=JacksonCoreDepthCheck
 * -Dsurefire.failIfNoSpecifiedTests=false -Dossatlas.bundle=/path/to/jackson-core.bundle}. Clones
 * the bundle bare, harvests it with the git source, compacts and analyses, then compares every
 * organization with ≥ 2 authors and ≥ 2 % of the window's commits with {@code git log
 * --use-mailmap}, and the releases with {@code git tag}. Prints both tables.
 */
@EnabledIfSystemProperty(named = "ossatlas.bundle", matches = ".+")
class JacksonCoreDepthCheck {
  @TempDir Path dir;

  @Test
  void organizationsAndReleasesMatchGit() throws Exception {
    Path bare = dir.resolve("jackson-core.git");
    git(dir, "clone", "-q", "--bare", System.getProperty("ossatlas.bundle"), bare.toString());
    GraphConnection graph = SharedTestGraph.emptied();
    String projects =
        SheetsFixture.PROJECTS
            + "jackson-core,Jackson core,"
            + bare.toUri()
            + ",databases,,Streaming JSON.,git\n";
    SheetsFixture.clean().with("projects.csv", projects).writeTo(dir.resolve("sheets"));
    String[] common = {
      "--sheets", dir.resolve("sheets").toString(),
      "--data", dir.resolve("data").toString(),
      "--out", dir.resolve("out").toString(),
      "--neo4j-uri", graph.boltUri()
    };
    assertThat(run(common, "harvest", "--source", "git", "--only", "jackson-core").exitCode())
        .isZero();
    run(common, "compact");
    assertThat(run(common, "load").exitCode()).isZero();
    // The month before the newest commit, as analyze picks it by default.
    long newest = Long.parseLong(git(bare, "log", "-1", "--format=%ct", "--all").strip());
    YearMonth asOf =
        YearMonth.from(Instant.ofEpochSecond(newest).atZone(ZoneOffset.UTC)).minusMonths(1);
    CommandRun analyze = run(common, "analyze", "--as-of", asOf.toString());
    assertThat(analyze.exitCode()).as(analyze.err()).isZero();

    Path metrics = dir.resolve("data/metrics/projects");
    List<String> orgRows = Files.readAllLines(metrics.resolve("jackson-core-organizations.csv"));
    System.out.println("as of " + asOf + "\n" + String.join("\n", orgRows));
    Map<String, String[]> published = new HashMap<>();
    orgRows.subList(1, orgRows.size()).forEach(r -> published.put(r.split(",")[0], r.split(",")));

    Instant from = asOf.minusMonths(11).atDay(1).atStartOfDay().toInstant(ZoneOffset.UTC);
    Instant to = asOf.plusMonths(1).atDay(1).atStartOfDay().toInstant(ZoneOffset.UTC);
    Map<String, Long> commits = new HashMap<>();
    Map<String, Set<String>> authors = new HashMap<>();
    long total = 0;
    for (String line : git(bare, "log", "--use-mailmap", "--format=%aN|%aE|%at").split("\n")) {
      String[] f = line.split("\\|", -1);
      Instant at = Instant.ofEpochSecond(Long.parseLong(f[2]));
      if (f[0].endsWith("[bot]")
          || f[1].endsWith("[bot]@users.noreply.github.com")
          || at.isBefore(from)
          || !at.isBefore(to)) {
        continue;
      }
      total++;
      String email = f[1].toLowerCase(Locale.ROOT);
      String domain = email.substring(email.indexOf('@') + 1);
      commits.merge(domain, 1L, Long::sum);
      authors.computeIfAbsent(domain, d -> new HashSet<>()).add(email);
    }
    List<String> checked = new ArrayList<>();
    for (String domain : commits.keySet()) {
      if (authors.get(domain).size() >= 2 && commits.get(domain) * 50 >= total) {
        String[] row = published.get(domain);
        if (row == null) {
          checked.add(domain + " (pooled: " + commits.get(domain) + " commits)");
          continue;
        }
        assertThat(row[1]).as(domain).isEqualTo(commits.get(domain).toString());
        assertThat(row[2]).as(domain).isEqualTo(String.valueOf(authors.get(domain).size()));
        checked.add(domain + " " + row[1] + "/" + row[2]);
      }
    }
    System.out.println("window commits (git): " + total + "; checked: " + checked);
    long publishedTotal =
        published.values().stream().mapToLong(r -> Long.parseLong(r[1])).sum();
    assertThat(publishedTotal).as("every human commit of the window in one row").isEqualTo(total);

    List<String> releaseRows = Files.readAllLines(metrics.resolve("jackson-core-releases.csv"));
    Set<String> listed = new TreeSet<>();
    releaseRows.subList(1, releaseRows.size()).forEach(r -> listed.add(r.split(",")[0]));
    Set<String> tags = new TreeSet<>(git(bare, "tag", "-l").lines().toList());
    System.out.println(
        "tags: "
            + tags.size()
            + ", listed: "
            + listed.size()
            + ", pre-releases: "
            + releaseRows.stream().filter(r -> r.endsWith(",true")).count());
    assertThat(listed).isEqualTo(tags);
  }

  private static CommandRun run(String[] common, String... args) {
    String[] all = new String[common.length + args.length];
    System.arraycopy(common, 0, all, 0, common.length);
    System.arraycopy(args, 0, all, common.length, args.length);
    return CommandRun.of(all);
  }

  private static String git(Path in, String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of("git"));
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command).directory(in.toFile());
    builder.redirectErrorStream(false);
    Process p = builder.start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor()).as("git " + String.join(" ", args)).isZero();
    return out;
  }
}
