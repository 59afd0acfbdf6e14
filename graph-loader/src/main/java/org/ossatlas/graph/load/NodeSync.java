package org.ossatlas.graph.load;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.neo4j.driver.TransactionContext;

/**
 * Brings the nodes of one label in line with the sheets: creates the missing, updates the changed
 * curated properties one by one (others, such as computed metrics, stay), deletes the nodes no
 * longer in the sheets. Nothing is written for a node that already matches.
 */
final class NodeSync {
  private final NodeSpec spec;
  private final List<NodeRow> desired;
  private final List<NodeRow> creates = new ArrayList<>();
  private final List<NodeRow> updates = new ArrayList<>();
  private final List<String> deletes = new ArrayList<>();
  private long unchanged;

  NodeSync(NodeSpec spec, List<NodeRow> desired) {
    this.spec = spec;
    this.desired = desired;
  }

  /** Reads the label's nodes and decides what to write. */
  void plan(TransactionContext tx) {
    Map<String, Map<String, Object>> existing = new HashMap<>();
    String projection =
        spec.properties().stream().map(p -> "." + p).collect(Collectors.joining(", "));
    tx.run(
            "MATCH (n:"
                + spec.label()
                + ") WHERE n.id IS :: STRING NOT NULL RETURN n.id AS id, n {"
                + projection
                + "} AS props")
        .forEachRemaining(r -> existing.put(r.get("id").asString(), r.get("props").asMap()));
    for (NodeRow row : desired) {
      Map<String, Object> now = existing.remove(row.id());
      if (now == null) {
        creates.add(row);
      } else if (sameProperties(row.properties(), now)) {
        unchanged++;
      } else {
        updates.add(row);
      }
    }
    deletes.addAll(existing.keySet().stream().sorted().toList());
  }

  /** Removes the nodes the sheets no longer have, with all their relationships. */
  void deleteStale(TransactionContext tx) {
    Batches.run(
        tx,
        "UNWIND $rows AS id MATCH (n:"
            + spec.label()
            + " {id: id}) DETACH DELETE n"
            + " RETURN count(*) AS n",
        deletes,
        id -> id);
  }

  void write(TransactionContext tx) {
    String set =
        spec.properties().stream()
            .map(p -> "n." + p + " = row." + p)
            .collect(Collectors.joining(", "));
    Batches.run(
        tx,
        "UNWIND $rows AS row CREATE (n:"
            + spec.label()
            + " {id: row.id}) SET "
            + set
            + " RETURN count(*) AS n",
        creates,
        NodeSync::parameter);
    // A property set to null is removed: an emptied cell removes the property.
    Batches.run(
        tx,
        "UNWIND $rows AS row MATCH (n:"
            + spec.label()
            + " {id: row.id}) SET "
            + set
            + " RETURN count(*) AS n",
        updates,
        NodeSync::parameter);
  }

  String label() {
    return spec.label();
  }

  ChangeCounts counts() {
    return new ChangeCounts(creates.size(), updates.size(), deletes.size(), unchanged);
  }

  private boolean sameProperties(Map<String, Object> wanted, Map<String, Object> now) {
    return spec.properties().stream().allMatch(p -> Objects.equals(wanted.get(p), now.get(p)));
  }

  private static Object parameter(NodeRow row) {
    Map<String, Object> map = new LinkedHashMap<>(row.properties());
    map.put("id", row.id());
    return map;
  }
}
