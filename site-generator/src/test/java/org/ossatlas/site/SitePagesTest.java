package org.ossatlas.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ossatlas.common.AtomicFiles;
import org.ossatlas.common.Workspace;
import org.ossatlas.graph.GraphConnection;

/** Fragments of pages built from a few graph rows, with and without computed metrics. */
class SitePagesTest {
  @TempDir Path dir;

  private Document page(Workspace ws, String file) throws IOException {
    Path path = ws.out().resolve(file);
    return Jsoup.parse(Files.readString(path, StandardCharsets.UTF_8), "");
  }

  @Test
  void projectPageShowsCuratedFactsRelationsMetricsChartsAndData() throws IOException {
    Workspace ws = SiteFixture.workspace(dir);
    GraphConnection graph = SiteFixture.analysed(ws);
    SiteReport report = SiteBuilder.build(graph, ws, SiteOptions.defaults());

    assertThat(report.asOf()).isEqualTo("2026-10");
    Document airflow = page(ws, "projects/airflow/index.html");
    assertThat(airflow.select("h1").text()).startsWith("Apache Airflow");
    assertThat(airflow.title()).isEqualTo("Apache Airflow · OSS Atlas");
    assertThat(airflow.select("link[rel=canonical]").attr("href"))
        .isEqualTo("https://example.org/projects/airflow/");
    assertThat(airflow.select("meta[property=og:url]").attr("content"))
        .isEqualTo("https://example.org/projects/airflow/");
    assertThat(airflow.select("meta[name=description]").attr("content"))
        .startsWith("A platform to author, schedule and monitor workflows.");
    // Markdown: emphasis, a list, a table; its "##" heading sits below the page's h2s.
    assertThat(airflow.select(".prose strong").text()).isEqualTo("author, schedule and monitor");
    assertThat(airflow.select(".prose h4").text()).isEqualTo("Features");
    assertThat(airflow.select(".prose table td").first().text()).isEqualTo("Scheduler");
    assertThat(airflow.select(".prose a[href=https://airflow.apache.org/docs/]").attr("rel"))
        .isEqualTo("nofollow noopener");
    // Breadcrumb: the primary category under its parent.
    assertThat(airflow.select(".breadcrumb a").eachText())
        .containsExactly("Home", "Categories", "Data engineering", "Workflow orchestration");
    // Links grouped by kind, documentation first.
    assertThat(airflow.select(".link-group h3").eachText())
        .containsExactly("Documentation", "Talks");
    assertThat(airflow.select(".facts a[href=https://github.com/apache/airflow]")).hasSize(1);
    // Backers with roles, relations from both ends, shared contributors.
    assertThat(airflow.select(".cards").text()).contains("Apache Software Foundation", "steward");
    assertThat(airflow.select(".relations div").eachText())
        .containsExactly("Integrates with PyTorch", "Alternative to Dagster Luigi");
    assertThat(airflow.select("#sharing tbody tr").text()).contains("Dagster", "14", "7 %");
    // Key metrics with their one-line definitions; the chart with a text alternative.
    Element commits = airflow.selectFirst("#metric-commits_12m");
    assertThat(commits.select(".metric-value").text()).matches("[0-9,]+");
    assertThat(commits.select(".metric-def").text()).contains("12 complete months");
    // The chart sits in the page (no file per chart), its inline styles turned into attributes.
    Element chart = airflow.selectFirst("figure.chart svg");
    assertThat(chart.attr("role")).isEqualTo("img");
    assertThat(chart.attr("aria-label"))
        .contains("Monthly commits of Apache Airflow", "November 2024");
    assertThat(chart.select("polyline").attr("stroke")).isEqualTo("#0f5b78");
    assertThat(chart.select("[style]")).isEmpty();
    assertThat(ws.out().resolve("charts")).doesNotExist();
    // Series are bundled: one file of the projects of the primary category, rows named.
    assertThat(airflow.select(".data-links a").eachAttr("href"))
        .containsExactly(
            "../../data/projects-by-category/orchestration.csv", "../../data/projects.csv");
    List<String> bundle =
        Files.readAllLines(ws.out().resolve("data/projects-by-category/orchestration.csv"));
    assertThat(bundle.get(0))
        .isEqualTo("project,month,commits,authors,new_authors,additions,deletions,bot_commits");
    assertThat(bundle)
        .contains("airflow,2024-11,10,3,1,100,20,0", "dagster,2026-10,10,3,1,100,20,0");
    assertThat(bundle).hasSize(1 + 2 * SiteFixture.MONTHS.size());
    assertThat(ws.out().resolve("data/projects/airflow.csv")).doesNotExist();
    assertThat(ws.out().resolve("data/projects.csv")).exists();
  }

  @Test
  void projectPageShowsReleasesOrganizationsAndRepositoryFactsEscaped() throws IOException {
    Workspace ws = SiteFixture.workspace(dir);
    GraphConnection graph = SiteFixture.analysed(ws);
    java.util.Map<String, Object> depth = new java.util.HashMap<>();
    depth.put("latest_release_tag", "v2.1.0");
    depth.put("latest_release_date", "2026-09-14T08:30:00Z");
    depth.put("releases_last_12_months", 4L);
    depth.put("elephant_factor", 1L);
    depth.put("organizations", java.util.List.of("corp.example.com", "(other)", "(independent)"));
    depth.put("organization_commits", java.util.List.of(1200L, 7L, 35L));
    depth.put("organization_authors", java.util.List.of(6L, 3L, 9L));
    depth.put("stars", 12345L);
    depth.put("forks", 678L);
    depth.put("license", "<b>MIT</b>");
    depth.put("language", "Python");
    depth.put("topics", java.util.List.of("etl", "workflow"));
    depth.put("archived", true);
    graph.write(
        tx ->
            tx.run(
                    "MATCH (p:Project {id: 'luigi'}) SET p += $props",
                    java.util.Map.of("props", depth))
                .consume());

    SiteBuilder.build(graph, ws, SiteOptions.defaults());

    Document luigi = page(ws, "projects/luigi/index.html");
    assertThat(luigi.select("h1 .badge").text()).isEqualTo("Archived");
    assertThat(luigi.select(".facts").text())
        .contains("Latest release v2.1.0 (14 September 2026)", "4 in the last 12 months")
        .contains("Stars 12,345 · 678 forks", "Language Python", "Topics etl workflow");
    assertThat(luigi.select(".facts dd").eachText()).contains("<b>MIT</b>");
    assertThat(luigi.select(".facts b")).isEmpty();
    assertThat(luigi.select("#organizations tbody tr").eachText())
        .containsExactly("corp.example.com 1,200 6", "(other) 7 3", "(independent) 35 9");
    assertThat(luigi.select("#orgs-title + p").text()).contains("elephant factor 1");
    // An archived project is kept out of the biggest movers.
    assertThat(page(ws, "index.html").select("#risers, #fallers").text()).doesNotContain("Luigi");
    // A project without these figures shows none of their parts.
    Document airflow = page(ws, "projects/airflow/index.html");
    assertThat(airflow.select("#organizations, h1 .badge")).isEmpty();
    assertThat(airflow.select(".facts").text()).doesNotContain("Latest release", "Stars");
  }

  @Test
  void backerEvidenceShowsOnTheProjectAndClaimsWithoutItOnlyOnTheStatusPage() throws IOException {
    Workspace ws = SiteFixture.workspace(dir);
    GraphConnection graph = SiteFixture.analysed(ws);
    graph.write(
        tx ->
            tx.run(
                    """
                    MATCH (a:Project {id: 'airflow'})-[r:BACKED_BY]->(b:Backer)
                    SET b.domains = ['apache.org'], r.evidence_commits = 25,
                        r.evidence_authors = 6
                    WITH 1 AS one
                    MATCH (d:Project {id: 'dagster'})-[r:BACKED_BY]->(b:Backer)
                    SET b.domains = ['dagsterlabs.com'], r.evidence_commits = 0,
                        r.evidence_authors = 0""")
                .consume());

    SiteBuilder.build(graph, ws, SiteOptions.defaults());

    assertThat(page(ws, "projects/airflow/index.html").select(".cards .evidence").text())
        .isEqualTo("25 commits by 6 people from apache.org, last 12 months");
    Document dagster = page(ws, "projects/dagster/index.html");
    assertThat(dagster.select(".cards .evidence")).isEmpty();
    assertThat(dagster.text()).doesNotContain("without evidence");
    Document status = page(ws, "status/index.html");
    assertThat(status.select("#unsupported-claims li").eachText())
        .singleElement()
        .asString()
        .startsWith("Dagster · ")
        .contains("creator, maintainer");
  }

  @Test
  void aChartThatCouldRunScriptStopsTheBuildAndLeavesTheSiteAsItWas() throws IOException {
    Workspace ws = SiteFixture.workspace(dir);
    GraphConnection graph = SiteFixture.analysed(ws);
    SiteBuilder.build(graph, ws, SiteOptions.defaults());
    Path page = ws.out().resolve("projects/airflow/index.html");
    String before = Files.readString(page);

    Path chart = ws.charts().resolve("projects/airflow.svg");
    AtomicFiles.writeString(
        chart, "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>\n");
    assertThatThrownBy(() -> SiteBuilder.build(graph, ws, SiteOptions.defaults()))
        .hasMessageContaining(chart.toString())
        .hasMessageContaining("script");
    assertThat(page).hasContent(before);
  }

  @Test
  void categoryPageListsProjectsOfSubcategoriesInASortableTable() throws IOException {
    Workspace ws = SiteFixture.workspace(dir);
    SiteBuilder.build(SiteFixture.analysed(ws), ws, SiteOptions.defaults());

    Document data = page(ws, "categories/data/index.html");
    assertThat(data.select("h1").text()).isEqualTo("Data engineering");
    assertThat(data.select(".chips a").eachText()).containsExactly("Workflow orchestration");
    assertThat(data.select("table.sortable tbody th").eachText())
        .containsExactly("Apache Airflow", "Dagster", "Luigi");
    assertThat(
            data.select("table.sortable tbody tr")
                .first()
                .select(".spark-cell svg")
                .attr("aria-label"))
        .isEqualTo("Commits of Apache Airflow per month, growing");
    assertThat(data.select("#metric-projects .metric-value").text()).isEqualTo("2");
    // No chart was drawn for this category: no image, no broken link.
    assertThat(data.select("figure.chart")).isEmpty();

    Document orchestration = page(ws, "categories/orchestration/index.html");
    assertThat(orchestration.select("figure.chart svg text").text()).isEqualTo("orchestration");
    assertThat(orchestration.select(".prose a").attr("href")).isEqualTo("../../projects/airflow/");
  }

  @Test
  void backerAndIndexPages() throws IOException {
    Workspace ws = SiteFixture.workspace(dir);
    SiteBuilder.build(SiteFixture.analysed(ws), ws, SiteOptions.defaults());

    Document labs = page(ws, "backers/dagster-labs/index.html");
    assertThat(labs.select("h1").text()).isEqualTo("Dagster Labs");
    assertThat(labs.select("table tbody tr").first().text())
        .contains("Dagster", "creator, maintainer");
    assertThat(labs.select(".kicker").text()).contains("company");

    Document index = page(ws, "index.html");
    assertThat(index.select(".stats").text())
        .contains("Projects 4", "Categories 3", "Backers 2", "October 2026");
    assertThat(index.select("#risers tbody th > a").eachText())
        .containsExactly("Apache Airflow", "PyTorch");
    // Dagster fell by more than Luigi: the biggest fall comes first.
    assertThat(index.select("#fallers tbody th > a").eachText())
        .containsExactly("Dagster", "Luigi");
    assertThat(index.selectFirst("ul.tree").children().stream().map(li -> li.child(0).text()))
        .containsExactly("Data engineering", "Machine learning");
    assertThat(index.select(".tree .tree a").eachText()).containsExactly("Workflow orchestration");

    Document about = page(ws, "about/index.html");
    assertThat(about.select(".definitions dt code").eachText())
        .contains("commits_12m", "commits_12m_change", "bus_factor", "retention", "metrics_as_of");
  }

  @Test
  void withoutComputedMetricsPagesSayNoActivityDataYet() throws IOException {
    Workspace ws = SiteFixture.workspace(dir);
    SiteReport report = SiteBuilder.build(SiteFixture.curated(), ws, SiteOptions.defaults());

    assertThat(report.asOf()).isNull();
    Document airflow = page(ws, "projects/airflow/index.html");
    assertThat(airflow.select(".notice").text()).contains("No activity data yet");
    assertThat(airflow.select("figure.chart, .metrics, .data-links")).isEmpty();
    assertThat(airflow.select("footer").text()).contains("No activity data yet");
    Document index = page(ws, "index.html");
    assertThat(index.select(".notice").text()).contains("No activity data yet");
    assertThat(index.select("table")).isEmpty();
    assertThat(ws.out().resolve("charts")).doesNotExist();
    assertThat(ws.out().resolve("data")).doesNotExist();
    assertThat(Files.readString(ws.out().resolve("feed.xml"))).doesNotContain("<entry>");
  }

  @Test
  void publishingFiles() throws IOException {
    Workspace ws = SiteFixture.workspace(dir);
    SiteBuilder.build(
        SiteFixture.analysed(ws), ws, new SiteOptions("https://atlas.example.net/oss", null));

    String sitemap = Files.readString(ws.out().resolve("sitemap.xml"));
    assertThat(sitemap)
        .contains(
            "<loc>https://atlas.example.net/oss/</loc>",
            "<loc>https://atlas.example.net/oss/projects/airflow/</loc>",
            "<loc>https://atlas.example.net/oss/backers/apache/</loc>")
        .doesNotContain("404");
    String feed = Files.readString(ws.out().resolve("feed.xml"));
    assertThat(feed.split("<entry>", -1)).hasSize(13);
    assertThat(feed)
        .contains(
            "<title>Activity in October 2026</title>", "<updated>2026-11-01T00:00:00Z</updated>");
    assertThat(Files.readString(ws.out().resolve("robots.txt")))
        .contains("Sitemap: https://atlas.example.net/oss/sitemap.xml");
    String headers = Files.readString(ws.out().resolve("_headers"));
    assertThat(headers)
        .contains("/oss/*\n  Content-Security-Policy: default-src 'self';")
        .contains("/oss/assets/*\n  Cache-Control: public, max-age=31536000, immutable");
    Document notFound = page(ws, "404.html");
    assertThat(notFound.select("link[rel=stylesheet]").attr("href"))
        .startsWith("/oss/assets/site.");
    // The search index in pieces: words by first character, entries in A-Z chunks.
    assertThat(Files.readString(ws.out().resolve("search/words/a.json"))).contains("\"apache\":[");
    assertThat(Files.readString(ws.out().resolve("search/words/t.json")))
        .contains("\"torch\":["); // the end of "pytorch", so that "torch" finds it
    assertThat(Files.readString(ws.out().resolve("search/entries/0.json")))
        .contains("[\"project\",\"Apache Airflow\",\"projects/airflow/\",");
    assertThat(ws.out().resolve("search-index.json")).doesNotExist();
    assertThat(Files.readString(ws.out().resolve("projects/index.json")))
        .startsWith("{\"version\":1,\"categories\":[[\"data\",\"Data engineering\"],")
        .contains("[\"airflow\",\"Apache Airflow\",2,[0,2],");
    assertThat(Files.readString(ws.out().resolve(".checked")))
        .contains("pages: 17", "digest: sha256:"); // 16 pages and the status page
  }

  @Test
  void noInlineScriptsStylesOrEventHandlers() throws IOException {
    Workspace ws = SiteFixture.workspace(dir);
    SiteBuilder.build(SiteFixture.analysed(ws), ws, SiteOptions.defaults());
    try (var files = Files.walk(ws.out())) {
      for (Path file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
        Document doc = Jsoup.parse(Files.readString(file), "");
        assertThat(doc.select("script:not([src]), style, [style]")).as(file.toString()).isEmpty();
        assertThat(doc.getAllElements().stream().flatMap(e -> e.attributes().asList().stream()))
            .as(file.toString())
            .noneMatch(a -> a.getKey().startsWith("on"));
        assertThat(doc.select("img:not([alt])")).as(file.toString()).isEmpty();
        assertThat(doc.select("main#main")).hasSize(1);
        assertThat(doc.select("h1")).hasSize(1);
      }
    }
  }
}
