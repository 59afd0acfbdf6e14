package org.ossatlas.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Values;
import org.ossatlas.common.AtlasException;
import org.ossatlas.graph.testing.SharedTestGraph;

class GraphConnectionTest {

  @Test
  void embeddedServerAnswersCypherOverBolt() {
    GraphConnection graph = SharedTestGraph.emptied();

    graph.write(
        tx -> tx.run("CREATE (:Project {id: $id})", Values.parameters("id", "duckdb")).consume());
    long count =
        graph.read(
            tx -> tx.run("MATCH (p:Project) RETURN count(p) AS n").single().get("n").asLong());

    assertThat(count).isEqualTo(1);
    assertThat(graph.boltUri()).startsWith("bolt://127.0.0.1:");
  }

  @Test
  void resolvesEmbeddedUnlessAUriIsGiven() {
    Path store = Path.of("data/graph");
    assertThat(Neo4jSettings.resolve(null, store, Map.of()).isEmbedded()).isTrue();
    assertThat(Neo4jSettings.resolve(" ", store, Map.of("NEO4J_URI", "")).isEmbedded()).isTrue();

    Neo4jSettings remote =
        Neo4jSettings.resolve(
            null, store, Map.of("NEO4J_URI", "neo4j://db:7687", "NEO4J_PASSWORD", "s3cret"));
    assertThat(remote.isEmbedded()).isFalse();
    assertThat(remote.uri()).isEqualTo("neo4j://db:7687");
    assertThat(remote.toString()).doesNotContain("s3cret");

    Neo4jSettings flagWins =
        Neo4jSettings.resolve("bolt://other:7687", store, Map.of("NEO4J_URI", "neo4j://db:7687"));
    assertThat(flagWins.uri()).isEqualTo("bolt://other:7687");
  }

  @Test
  void aServerThatIsNotThereGivesAMessageWithAHint(@TempDir Path dir) {
    Neo4jSettings nowhere = new Neo4jSettings("bolt://127.0.0.1:1", "neo4j", "x", dir, 0);

    assertThatThrownBy(() -> GraphConnection.open(nowhere))
        .isInstanceOf(AtlasException.class)
        .hasMessageContaining("Neo4j at bolt://127.0.0.1:1")
        .hasMessageContaining("is the server running");
  }

  @Test
  void embeddedStoreLeavesNoLogFolderBehindInTheWorkingDirectory() {
    SharedTestGraph.connection();
    assertThat(Files.exists(Path.of("logs"))).isFalse();
  }
}
