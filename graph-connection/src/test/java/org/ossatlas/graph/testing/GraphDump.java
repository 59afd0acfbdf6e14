package org.ossatlas.graph.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.ossatlas.graph.GraphConnection;

/**
 * The whole graph as sorted lines of text (nodes with labels and properties, relationships with
 * their end nodes' ids and properties), to compare a graph before and after an operation.
 */
public final class GraphDump {
  private GraphDump() {}

  public static List<String> of(GraphConnection graph) {
    List<String> lines = new ArrayList<>();
    graph.read(
        tx -> {
          tx.run("MATCH (n) RETURN labels(n) AS labels, properties(n) AS props")
              .forEachRemaining(
                  r ->
                      lines.add(
                          "("
                              + String.join(":", r.get("labels").asList(v -> v.asString()))
                              + " "
                              + sorted(r.get("props").asMap())
                              + ")"));
          tx.run(
                  "MATCH (a)-[r]->(b) RETURN a.id AS a, type(r) AS type, properties(r) AS props,"
                      + " b.id AS b")
              .forEachRemaining(
                  r ->
                      lines.add(
                          r.get("a").asString()
                              + " -["
                              + r.get("type").asString()
                              + " "
                              + sorted(r.get("props").asMap())
                              + "]-> "
                              + r.get("b").asString()));
          return null;
        });
    return lines.stream().sorted().toList();
  }

  private static Map<String, Object> sorted(Map<String, Object> map) {
    return new TreeMap<>(map);
  }
}
