package org.ossatlas.graph.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.ossatlas.common.AtomicFiles;
import org.ossatlas.graph.GraphConnection;
import org.ossatlas.graph.Neo4jSettings;

/**
 * One real embedded Neo4j per test JVM, reached over Bolt like any server: starting it costs
 * seconds, so tests share it and call {@link #emptied()} to start from a blank graph.
 */
public final class SharedTestGraph {
  private static GraphConnection connection;

  private SharedTestGraph() {}

  public static synchronized GraphConnection connection() {
    if (connection == null) {
      Path store = createStoreDir();
      connection = GraphConnection.open(Neo4jSettings.embedded(store, 0));
      Runtime.getRuntime().addShutdownHook(new Thread(() -> closeAndDelete(store)));
    }
    return connection;
  }

  /** The shared connection, after removing every node, relationship, constraint and index. */
  public static synchronized GraphConnection emptied() {
    GraphConnection graph = connection();
    graph.write(tx -> tx.run("MATCH (n) DETACH DELETE n").consume());
    for (String statement :
        graph.read(
            tx ->
                tx.run("SHOW CONSTRAINTS YIELD name RETURN 'DROP CONSTRAINT `' + name + '`' AS s")
                    .list(r -> r.get("s").asString()))) {
      graph.write(tx -> tx.run(statement).consume());
    }
    for (String statement :
        graph.read(
            tx ->
                tx.run(
                        "SHOW INDEXES YIELD name, type WHERE type <> 'LOOKUP'"
                            + " RETURN 'DROP INDEX `' + name + '`' AS s")
                    .list(r -> r.get("s").asString()))) {
      graph.write(tx -> tx.run(statement).consume());
    }
    return graph;
  }

  private static Path createStoreDir() {
    try {
      return Files.createTempDirectory("ossatlas-test-graph");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static synchronized void closeAndDelete(Path store) {
    connection.close();
    try {
      AtomicFiles.deleteRecursively(store);
    } catch (IOException ignored) {
      // A temp folder left behind is harmless.
    }
  }
}
