package org.ossatlas.graph.load;

import java.util.Locale;
import org.ossatlas.graph.GraphConnection;

/** The uniqueness constraints on {@code id} of every curated label (docs/graph.md). */
final class GraphSchema {
  private GraphSchema() {}

  /**
   * Creates the constraints that are missing. Neo4j does not allow schema changes and data writes
   * in one transaction, so each runs in its own before the load; an existing one is left as it is.
   */
  static void ensureConstraints(GraphConnection graph) {
    for (NodeSpec node : CuratedGraph.NODES) {
      String label = node.label();
      String name = label.toLowerCase(Locale.ROOT) + "_id";
      graph.write(
          tx ->
              tx.run(
                      "CREATE CONSTRAINT "
                          + name
                          + " IF NOT EXISTS FOR (n:"
                          + label
                          + ") REQUIRE n.id IS UNIQUE")
                  .consume());
    }
  }
}
