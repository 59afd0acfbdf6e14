package org.ossatlas.graph.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Record;
import org.neo4j.driver.Values;
import org.ossatlas.common.AtlasException;
import org.ossatlas.graph.GraphConnection;
import org.ossatlas.graph.sheets.CuratedSheets;
import org.ossatlas.graph.sheets.SheetsValidator;
import org.ossatlas.graph.sheets.ValidationResult;
import org.ossatlas.graph.testing.GraphDump;
import org.ossatlas.graph.testing.SharedTestGraph;
import org.ossatlas.graph.testing.SheetsFixture;

class GraphLoaderTest {
  @TempDir Path dir;
  GraphConnection graph;

  @BeforeEach
  void emptyGraph() {
    graph = SharedTestGraph.emptied();
  }

  @Test
  void loadsNodesRelationshipsAndPropertiesAsDocumented() {
    LoadSummary summary = GraphLoader.load(graph, sheets(SheetsFixture.clean()));

    assertThat(summary.nodes())
        .containsExactly(
            Map.entry("Project", new ChangeCounts(3, 0, 0, 0)),
            Map.entry("Category", new ChangeCounts(3, 0, 0, 0)),
            Map.entry("Backer", new ChangeCounts(2, 0, 0, 0)),
            Map.entry("Link", new ChangeCounts(3, 0, 0, 0)));
    assertThat(summary.relationships())
        .containsExactly(
            Map.entry("IN_CATEGORY", new ChangeCounts(4, 0, 0, 0)),
            Map.entry("SUBCATEGORY_OF", new ChangeCounts(1, 0, 0, 0)),
            Map.entry("BACKED_BY", new ChangeCounts(2, 0, 0, 0)),
            Map.entry("HAS_LINK", new ChangeCounts(3, 0, 0, 0)),
            Map.entry("RELATED", new ChangeCounts(2, 0, 0, 0)));
    assertThat(count("MATCH (n) RETURN count(n) AS n")).isEqualTo(11);
    assertThat(count("MATCH ()-[r]->() RETURN count(r) AS n")).isEqualTo(12);

    assertThat(node("Project", "duckdb"))
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(
                "id", "duckdb",
                "name", "DuckDB",
                "repo", "https://github.com/duckdb/duckdb",
                "homepage", "https://duckdb.org",
                "description",
                    "An in-process SQL OLAP database.\n\n"
                        + "Fast *and* [embedded](https://duckdb.org/why_duckdb).",
                "source", "github",
                "primary_category", "analytical"));
    assertThat(node("Project", "sqlite"))
        .doesNotContainKey("homepage")
        .containsEntry("source", "auto");
    assertThat(node("Category", "analytical"))
        .containsEntry("parent", "databases")
        .containsEntry("depth", 1L);
    assertThat(node("Category", "databases"))
        .doesNotContainKey("parent")
        .containsEntry("depth", 0L);
    assertThat(node("Backer", "apache"))
        .containsEntry("kind", "foundation")
        .containsEntry("domains", List.of("apache.org")) // the registrable domain of its url
        .doesNotContainKey("description");
    assertThat(node("Link", "duckdb|https://duckdb.org/pdf/SIGMOD2019-demo-duckdb.pdf"))
        .containsEntry("project", "duckdb")
        .containsEntry("kind", "paper")
        .containsEntry("title", "DuckDB demo paper")
        .containsEntry("position", 1L);
    List<String> inCategory =
        graph.read(
            tx ->
                tx.run(
                        "MATCH (:Project {id: 'duckdb'})-[r:IN_CATEGORY]->(c)"
                            + " RETURN c.id + ' ' + r.primary + ' ' + r.position AS s"
                            + " ORDER BY r.position")
                    .list(r -> r.get("s").asString()));
    assertThat(inCategory).containsExactly("analytical true 0", "databases false 1");
    assertThat(
            count(
                "MATCH (:Project {id: 'duckdb'})-[:BACKED_BY {role: 'creator'}]->(:Backer {id: 'duckdb-labs'}) RETURN count(*) AS n"))
        .isEqualTo(1);
    assertThat(
            count(
                "MATCH (:Project {id: 'airflow'})-[:RELATED {kind: 'integrates-with'}]->(:Project {id: 'duckdb'}) RETURN count(*) AS n"))
        .isEqualTo(1);
    assertThat(
            count(
                "MATCH (:Category {id: 'analytical'})-[:SUBCATEGORY_OF]->(:Category {id: 'databases'}) RETURN count(*) AS n"))
        .isEqualTo(1);
  }

  @Test
  void createsTheUniquenessConstraints() {
    GraphLoader.load(graph, sheets(SheetsFixture.clean()));

    List<String> constrained =
        graph.read(
            tx ->
                tx.run(
                        "SHOW CONSTRAINTS YIELD labelsOrTypes, properties, type"
                            + " WHERE type = 'UNIQUENESS' RETURN labelsOrTypes[0] + '.' + properties[0] AS c")
                    .list(r -> r.get("c").asString()));
    assertThat(constrained)
        .containsExactlyInAnyOrder("Project.id", "Category.id", "Backer.id", "Link.id");
  }

  @Test
  void aSecondLoadChangesNothing() {
    CuratedSheets sheets = sheets(SheetsFixture.clean());
    GraphLoader.load(graph, sheets);
    List<String> before = GraphDump.of(graph);

    LoadSummary again = GraphLoader.load(graph, sheets);

    assertThat(again.changes()).isZero();
    assertThat(again.nodes().get("Project")).isEqualTo(new ChangeCounts(0, 0, 0, 3));
    assertThat(again.relationships().get("IN_CATEGORY")).isEqualTo(new ChangeCounts(0, 0, 0, 4));
    assertThat(GraphDump.of(graph)).isEqualTo(before);
  }

  @Test
  void rowsRemovedFromTheSheetsDisappearWithTheirRelationships() {
    GraphLoader.load(graph, sheets(SheetsFixture.clean()));

    LoadSummary summary =
        GraphLoader.load(
            graph,
            sheets(
                SheetsFixture.clean()
                    .with(
                        "projects.csv",
                        SheetsFixture.PROJECTS.replace(
                            "sqlite,SQLite,https://github.com/sqlite/sqlite.git,databases,,A small SQL engine.,auto\n",
                            ""))
                    .with("relations.csv", "from,to,kind\n")));

    assertThat(count("MATCH (p:Project {id: 'sqlite'}) RETURN count(p) AS n")).isZero();
    assertThat(count("MATCH ()-[r:RELATED]->() RETURN count(r) AS n")).isZero();
    assertThat(
            count("MATCH (:Category {id: 'databases'})<-[r:IN_CATEGORY]-() RETURN count(r) AS n"))
        .isEqualTo(1);
    assertThat(summary.nodes().get("Project")).isEqualTo(new ChangeCounts(0, 0, 1, 2));
    assertThat(summary.relationships().get("RELATED")).isEqualTo(new ChangeCounts(0, 0, 2, 0));
    assertThat(summary.relationships().get("IN_CATEGORY")).isEqualTo(new ChangeCounts(0, 0, 1, 3));
  }

  @Test
  void changedCellsAreUpdatedAndComputedPropertiesSurvive() {
    GraphLoader.load(graph, sheets(SheetsFixture.clean()));
    graph.write(
        tx ->
            tx.run(
                    "MATCH (p:Project {id: 'airflow'}), (q:Project {id: 'duckdb'})"
                        + " SET p.commits = 5, p.series_months = ['2024-01']"
                        + " MERGE (p)-[:SHARES_CONTRIBUTORS {shared: 2, jaccard: 0.1}]->(q)")
                .consume());

    LoadSummary summary =
        GraphLoader.load(
            graph,
            sheets(
                SheetsFixture.clean()
                    .with(
                        "projects.csv",
                        SheetsFixture.PROJECTS.replace(
                            "Apache Airflow,https://github.com/apache/airflow,workflow,https://airflow.apache.org,",
                            "Airflow,https://github.com/apache/airflow,workflow,,"))));

    assertThat(summary.nodes().get("Project")).isEqualTo(new ChangeCounts(0, 1, 0, 2));
    assertThat(node("Project", "airflow"))
        .containsEntry("name", "Airflow")
        .containsEntry("commits", 5L)
        .containsEntry("series_months", List.of("2024-01"))
        .doesNotContainKey("homepage");
    assertThat(count("MATCH ()-[r:SHARES_CONTRIBUTORS]->() RETURN count(r) AS n")).isEqualTo(1);
  }

  @Test
  void aFailureHalfWayRollsEverythingBack() {
    GraphLoader.load(graph, sheets(SheetsFixture.clean()));
    graph.write(tx -> tx.run("MATCH (p:Project {id: 'duckdb'}) SET p.commits = 7").consume());
    // A stricter schema than ours: one URL per Link node. The new sheets give two projects the
    // same URL, so the Link writes fail after projects, categories and backers were written.
    graph.write(
        tx -> tx.run("CREATE CONSTRAINT link_url FOR (l:Link) REQUIRE l.url IS UNIQUE").consume());
    List<String> before = GraphDump.of(graph);
    CuratedSheets changed =
        sheets(
            SheetsFixture.clean()
                .with(
                    "categories.csv", SheetsFixture.CATEGORIES + "streaming,Stream processing,,\n")
                .with(
                    "projects.csv",
                    SheetsFixture.PROJECTS
                        .replace("Apache Airflow", "Airflow")
                        .replace(
                            "sqlite,SQLite,https://github.com/sqlite/sqlite.git,databases,,A small SQL engine.,auto\n",
                            ""))
                .with("relations.csv", "from,to,kind\n")
                .with(
                    "links.csv",
                    SheetsFixture.LINKS
                        + "airflow,article,https://duckdb.org/docs/,DuckDB docs\n"));

    assertThatThrownBy(() -> GraphLoader.load(graph, changed))
        .isInstanceOf(AtlasException.class)
        .hasMessageContaining("failed and nothing was written")
        .hasMessageContaining("already exists with label `Link` and property `url`");

    assertThat(GraphDump.of(graph)).isEqualTo(before);
  }

  @Test
  void validateAndLoadLeavesTheGraphAloneWhenTheSheetsHaveErrors() {
    GraphLoader.load(graph, sheets(SheetsFixture.clean()));
    List<String> before = GraphDump.of(graph);

    LoadOutcome outcome =
        GraphLoader.validateAndLoad(
            graph,
            SheetsFixture.clean()
                .with("projects.csv", SheetsFixture.PROJECTS.replace("Apache Airflow", "X"))
                .with("relations.csv", "from,to,kind\nduckdb,nowhere,fork-of\n")
                .writeTo(dir));

    assertThat(outcome.loaded()).isFalse();
    assertThat(outcome.validation().hasErrors()).isTrue();
    assertThat(GraphDump.of(graph)).isEqualTo(before);
  }

  @Test
  void validateAndLoadLoadsCleanSheets() {
    LoadOutcome outcome = GraphLoader.validateAndLoad(graph, SheetsFixture.clean().writeTo(dir));

    assertThat(outcome.loaded()).isTrue();
    assertThat(outcome.load().nodeCount()).isEqualTo(11);
    assertThat(outcome.load().relationshipCount()).isEqualTo(12);
  }

  private CuratedSheets sheets(SheetsFixture fixture) {
    ValidationResult result = SheetsValidator.validate(fixture.writeTo(dir));
    assertThat(result.problems()).isEmpty();
    return result.sheets();
  }

  private long count(String cypher) {
    return graph.read(tx -> tx.run(cypher).single().get("n").asLong());
  }

  private Map<String, Object> node(String label, String id) {
    Record record =
        graph.read(
            tx ->
                tx.run(
                        "MATCH (n:" + label + " {id: $id}) RETURN properties(n) AS p",
                        Values.parameters("id", id))
                    .single());
    return record.get("p").asMap();
  }
}
