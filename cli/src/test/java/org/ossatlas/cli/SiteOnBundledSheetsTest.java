package org.ossatlas.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ossatlas.graph.GraphConnection;
import org.ossatlas.graph.testing.SharedTestGraph;

/**
 * {@code ossatlas site} end to end on the curated sheets this repository ships, with a small
 * harvested history: every stage runs, the counts reconcile, and there is a page per project.
 */
class SiteOnBundledSheetsTest {
  private static final Path BUNDLED = Path.of("..", "curated-sheets");

  @TempDir Path dir;

  @Test
  void buildsTheWholeSiteFromTheBundledSheetsAndReconcilesEveryStage() throws IOException {
    GraphConnection graph = SharedTestGraph.emptied();
    List<String> projects = projectIds();
    writeCommits(projects.subList(0, 3));

    CommandRun run =
        CommandRun.of(
            "--sheets",
            BUNDLED.toString(),
            "--data",
            dir.resolve("data").toString(),
            "--out",
            dir.resolve("out").toString(),
            "--neo4j-uri",
            graph.boltUri(),
            "site",
            "--as-of",
            "2024-06");

    assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
    assertThat(run.out())
        .contains("reconciled: load projects = " + projects.size())
        .contains("render project pages = " + projects.size())
        .contains("reconciled: analyze commits analysed = 9")
        .contains("render commits on project pages = 9")
        .contains("site: done");
    for (String project : projects) {
      assertThat(dir.resolve("out/projects/" + project + "/index.html")).exists();
    }
    String first = projects.get(0);
    // Charts are inlined in their page (a 10,000-project site must stay under 20,000 files).
    assertThat(dir.resolve("out/projects/" + first + "/index.html"))
        .content()
        .containsPattern("<figure class=\"chart\">\\s*<svg\\b")
        .doesNotContain("charts/projects/" + first + ".svg");
  }

  private static List<String> projectIds() throws IOException {
    CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
    try (CSVParser rows =
        CSVParser.parse(BUNDLED.resolve("projects.csv"), StandardCharsets.UTF_8, format)) {
      return rows.stream().map(r -> r.get("id")).toList();
    }
  }

  /** Three commits in each of three months for each given project. */
  private void writeCommits(List<String> projects) throws IOException {
    StringBuilder csv = new StringBuilder();
    int sha = 0;
    for (String project : projects) {
      for (int month = 4; month <= 6; month++) {
        String time = "2024-0" + month + "-10T10:00:00Z";
        csv.append(
            String.format(
                "%s,%040x,k%d,%s,k%d,%s,10,2,1,false,false%n",
                project, ++sha, month, time, month, time));
      }
    }
    CommitsFile.write(dir.resolve("data/commits.csv.gz"), csv.toString());
  }
}
