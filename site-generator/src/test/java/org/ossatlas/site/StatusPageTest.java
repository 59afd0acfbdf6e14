package org.ossatlas.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ossatlas.common.RunLog;
import org.ossatlas.common.StageReport;
import org.ossatlas.common.Workspace;
import org.ossatlas.graph.GraphConnection;

/** The pipeline status page, from a few stage reports written to a temporary run log. */
class StatusPageTest {
  @TempDir Path dir;

  static StageReport report(
      String stage, String start, long millis, boolean ok, Map<String, Long> out, int warnings) {
    Instant begin = Instant.parse(start);
    return new StageReport(
        stage,
        begin,
        begin.plusMillis(millis),
        millis,
        ok,
        Map.of("projects.csv", 4L),
        out,
        out.values().stream().mapToLong(Long::longValue).max().orElse(0) * 1000.0 / millis,
        512L * 1024 * 1024,
        java.util.Collections.nCopies(warnings, "warning at /home/someone/secret/path"),
        List.of());
  }

  @Test
  void showsTheLastRunOfEachStageInPipelineOrderAndTheHistoryNewestFirst() throws IOException {
    Workspace ws = SiteFixture.workspace(dir);
    RunLog log = new RunLog(ws);
    log.append(report("render", "2026-11-01T06:10:00Z", 2_500, true, Map.of("pages", 40L), 0));
    log.append(report("load", "2026-11-01T06:00:00Z", 1_200, false, Map.of(), 2));
    log.append(
        report(
            "load", "2026-11-02T06:00:00Z", 1_500, true, Map.of("nodes", 11L, "changes", 3L), 1));
    log.append(
        report("analyze", "2026-11-02T06:01:00Z", 65_000, true, Map.of("commits", 120_000L), 0));

    SiteReport site = SiteBuilder.build(SiteFixture.curated(), ws, SiteOptions.defaults());

    Document page = Jsoup.parse(ws.out().resolve("status/index.html").toFile(), "UTF-8");
    // Publishing stages are left off, so consecutive renders give the same page.
    assertThat(page.select("#latest tbody th").eachText()).containsExactly("load", "analyze");
    assertThat(page.select("#latest tbody tr").get(0).select("td").eachText())
        .containsExactly(
            "2026-11-02 06:00:00 UTC",
            "1.5 s",
            "projects.csv 4",
            "changes 3 nodes 11",
            "7.3/s",
            "512 MiB",
            "1",
            "succeeded");
    assertThat(page.select("#latest tbody tr").get(1).select("td").eachText())
        .contains("1 min 05 s", "commits 120,000", "1,846/s");
    assertThat(page.select("#latest time").first().attr("datetime"))
        .isEqualTo("2026-11-02T06:00:00Z");
    assertThat(page.select("#history tbody th").eachText())
        .containsExactly("analyze", "load", "load");
    assertThat(page.select("#history tbody tr").get(2).text()).contains("failed");
    assertThat(page.select("#history caption").text())
        .isEqualTo("The last 3 of 3 recorded runs, newest first.");
    assertThat(page.html()).doesNotContain("/home/someone");

    // Listed in the sitemap, linked from the about page, and the build's own run is not on it.
    assertThat(ws.out().resolve("sitemap.xml")).content().contains("https://example.org/status/");
    assertThat(Jsoup.parse(ws.out().resolve("about/index.html").toFile(), "UTF-8").select("a"))
        .anySatisfy(a -> assertThat(a.attr("href")).isEqualTo("../status/"));
    assertThat(site.stage().stage()).isEqualTo("render");
    assertThat(new RunLog(ws).read()).hasSize(4);
  }

  @Test
  void dependsOnlyOnTheRunLog() throws IOException {
    Workspace ws = SiteFixture.workspace(dir);
    new RunLog(ws)
        .append(report("load", "2026-11-02T06:00:00Z", 1_500, true, Map.of("nodes", 11L), 0));
    GraphConnection graph = SiteFixture.curated();

    SiteBuilder.build(graph, ws, SiteOptions.defaults());
    String first = status(ws);
    SiteBuilder.build(graph, ws, SiteOptions.defaults());
    assertThat(status(ws)).isEqualTo(first);

    // A render or deploy on record changes nothing: consecutive renders are identical.
    new RunLog(ws)
        .append(report("render", "2026-11-02T06:05:00Z", 900, true, Map.of("pages", 12L), 0));
    SiteBuilder.build(graph, ws, SiteOptions.defaults());
    assertThat(status(ws)).isEqualTo(first);

    new RunLog(ws)
        .append(report("analyze", "2026-11-02T06:06:00Z", 900, true, Map.of("series", 12L), 0));
    SiteBuilder.build(graph, ws, SiteOptions.defaults());
    assertThat(status(ws)).isNotEqualTo(first).contains("analyze");
  }

  @Test
  void withoutRunsItSaysSo() throws IOException {
    Workspace ws = SiteFixture.workspace(dir);
    SiteBuilder.build(SiteFixture.curated(), ws, SiteOptions.defaults());

    assertThat(status(ws)).contains("No stage runs have been recorded yet.");
  }

  private static String status(Workspace ws) throws IOException {
    return Files.readString(ws.out().resolve("status/index.html"), StandardCharsets.UTF_8);
  }
}
