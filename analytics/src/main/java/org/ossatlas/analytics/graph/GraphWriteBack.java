package org.ossatlas.analytics.graph;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Values;
import org.ossatlas.analytics.links.ContributorLink;
import org.ossatlas.analytics.metrics.EntityKind;
import org.ossatlas.analytics.metrics.EntityResults;
import org.ossatlas.graph.GraphConnection;

/**
 * Writes the metrics back onto the graph in one transaction: every computed property and every
 * SHARES_CONTRIBUTORS relationship is removed first, then the new ones are set, so that readers see
 * the previous run or this one, and nothing left over from an earlier run.
 */
public final class GraphWriteBack {
  private static final int BATCH = 500;

  private GraphWriteBack() {}

  /** Removes everything {@code analyze} wrote (no commits harvested yet). */
  public static void clear(GraphConnection graph) {
    graph.write(
        tx -> {
          removeAll(tx);
          return null;
        });
  }

  /**
   * @param nodes per kind, the properties of each node by id (absent values left out)
   * @param links between project ids
   * @return the number of nodes updated
   */
  public static long write(
      GraphConnection graph, Map<EntityKind, List<NodeProperties>> nodes, List<IdLink> links) {
    return graph.write(
        tx -> {
          removeAll(tx);
          long updated = 0;
          for (var entry : nodes.entrySet()) {
            updated += setProperties(tx, entry.getKey().label(), entry.getValue());
          }
          createLinks(tx, links);
          return updated;
        });
  }

  /** The properties of one node. */
  public record NodeProperties(String id, Map<String, Object> properties) {}

  /** A SHARES_CONTRIBUTORS relationship from the smaller project id to the larger. */
  public record IdLink(String from, String to, long shared, double jaccard) {
    public static IdLink of(ContributorLink link, List<String> projectIds) {
      return new IdLink(
          projectIds.get(link.from()), projectIds.get(link.to()), link.shared(), link.jaccard());
    }
  }

  /** The node properties of every entity of {@code results}: its metrics and series. */
  public static List<NodeProperties> properties(EntityResults results, String asOf) {
    List<NodeProperties> out = new ArrayList<>();
    var series = results.seriesByEntity();
    for (int e = 0; e < results.ids().size(); e++) {
      Map<String, Object> props = new LinkedHashMap<>();
      for (String metric : results.metricNames()) {
        Object value = results.value(e, metric);
        if (value != null) {
          props.put(metric, value);
        }
      }
      var s = series.get(e);
      if (s != null) {
        props.put(ComputedProperties.MONTHS, s.labels().asList());
        for (String column : s.valueColumns()) {
          props.put(ComputedProperties.series(column), s.values(column).asList());
        }
      }
      props.put(ComputedProperties.AS_OF, asOf);
      out.add(new NodeProperties(results.ids().get(e), props));
    }
    return out;
  }

  private static void removeAll(TransactionContext tx) {
    tx.run("MATCH ()-[r:SHARES_CONTRIBUTORS]->() DELETE r").consume();
    String remove =
        ComputedProperties.all().stream().map(p -> "n." + p).collect(Collectors.joining(", "));
    for (EntityKind kind : EntityKind.values()) {
      tx.run("MATCH (n:" + kind.label() + ") REMOVE " + remove).consume();
    }
  }

  private static long setProperties(
      TransactionContext tx, String label, List<NodeProperties> nodes) {
    long updated = 0;
    for (int from = 0; from < nodes.size(); from += BATCH) {
      List<Map<String, Object>> rows =
          nodes.subList(from, Math.min(nodes.size(), from + BATCH)).stream()
              .map(n -> Map.<String, Object>of("id", n.id(), "props", n.properties()))
              .toList();
      updated +=
          tx.run(
                  "UNWIND $rows AS row MATCH (n:"
                      + label
                      + " {id: row.id}) SET n += row.props RETURN count(n) AS n",
                  Values.parameters("rows", rows))
              .single()
              .get("n")
              .asLong();
    }
    return updated;
  }

  private static void createLinks(TransactionContext tx, List<IdLink> links) {
    for (int from = 0; from < links.size(); from += BATCH) {
      List<Map<String, Object>> rows =
          links.subList(from, Math.min(links.size(), from + BATCH)).stream()
              .map(
                  l ->
                      Map.<String, Object>of(
                          "from",
                          l.from(),
                          "to",
                          l.to(),
                          "shared",
                          l.shared(),
                          "jaccard",
                          l.jaccard()))
              .toList();
      tx.run(
              """
              UNWIND $rows AS l
              MATCH (a:Project {id: l.from}), (b:Project {id: l.to})
              CREATE (a)-[:SHARES_CONTRIBUTORS {shared: l.shared, jaccard: l.jaccard}]->(b)""",
              Values.parameters("rows", rows))
          .consume();
    }
  }
}
