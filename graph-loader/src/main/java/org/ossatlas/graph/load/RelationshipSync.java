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
 * Brings the relationships of one curated type in line with the sheets: creates the missing,
 * updates changed properties, deletes those no longer in the sheets (and any duplicates).
 */
final class RelationshipSync {
  private final RelationshipSpec spec;
  private final List<RelationshipRow> desired;
  private final List<RelationshipRow> creates = new ArrayList<>();
  private final List<Map<String, Object>> updates = new ArrayList<>();
  private final List<String> deletes = new ArrayList<>();
  private long unchanged;

  RelationshipSync(RelationshipSpec spec, List<RelationshipRow> desired) {
    this.spec = spec;
    this.desired = desired;
  }

  /** Reads the type's relationships and decides what to write. */
  void plan(TransactionContext tx) {
    Map<List<Object>, RelationshipRow> wanted = new LinkedHashMap<>();
    desired.forEach(row -> wanted.putIfAbsent(key(row.from(), row.to(), row.properties()), row));
    String projection =
        spec.allProperties().stream().map(p -> "." + p).collect(Collectors.joining(", "));
    List<org.neo4j.driver.Record> existing =
        tx.run(
                "MATCH (a:"
                    + spec.fromLabel()
                    + ")-[r:"
                    + spec.type()
                    + "]->(b:"
                    + spec.toLabel()
                    + ") WHERE a.id IS :: STRING NOT NULL AND b.id IS :: STRING NOT NULL"
                    + " RETURN elementId(r) AS eid, a.id AS from, b.id AS to, r {"
                    + projection
                    + "} AS props ORDER BY eid")
            .list();
    Map<List<Object>, Boolean> matched = new HashMap<>();
    for (org.neo4j.driver.Record r : existing) {
      Map<String, Object> props = r.get("props").asMap();
      List<Object> key = key(r.get("from").asString(), r.get("to").asString(), props);
      RelationshipRow row = wanted.get(key);
      if (row == null || matched.putIfAbsent(key, true) != null) {
        deletes.add(r.get("eid").asString());
      } else if (sameProperties(row.properties(), props)) {
        unchanged++;
      } else {
        Map<String, Object> update = new LinkedHashMap<>(row.properties());
        update.put("eid", r.get("eid").asString());
        updates.add(update);
      }
    }
    wanted.forEach(
        (key, row) -> {
          if (!matched.containsKey(key)) {
            creates.add(row);
          }
        });
  }

  void deleteStale(TransactionContext tx) {
    Batches.run(
        tx,
        "UNWIND $rows AS eid MATCH ()-[r]->() WHERE elementId(r) = eid DELETE r"
            + " RETURN count(*) AS n",
        deletes,
        eid -> eid);
  }

  void write(TransactionContext tx) {
    Batches.run(
        tx,
        "UNWIND $rows AS row MATCH (a:"
            + spec.fromLabel()
            + " {id: row.from}) MATCH (b:"
            + spec.toLabel()
            + " {id: row.to}) CREATE (a)-[r:"
            + spec.type()
            + "]->(b)"
            + set(spec.allProperties())
            + " RETURN count(*) AS n",
        creates,
        RelationshipSync::parameter);
    Batches.run(
        tx,
        "UNWIND $rows AS row MATCH ()-[r]->() WHERE elementId(r) = row.eid"
            + set(spec.properties())
            + " RETURN count(*) AS n",
        updates,
        update -> update);
  }

  String type() {
    return spec.type();
  }

  ChangeCounts counts() {
    return new ChangeCounts(creates.size(), updates.size(), deletes.size(), unchanged);
  }

  private List<Object> key(String from, String to, Map<String, Object> props) {
    List<Object> key = new ArrayList<>(List.of(from, to));
    spec.keys().forEach(k -> key.add(props.get(k)));
    return key;
  }

  private boolean sameProperties(Map<String, Object> wanted, Map<String, Object> now) {
    return spec.properties().stream().allMatch(p -> Objects.equals(wanted.get(p), now.get(p)));
  }

  private static String set(List<String> properties) {
    return properties.isEmpty()
        ? ""
        : " SET "
            + properties.stream()
                .map(p -> "r." + p + " = row." + p)
                .collect(Collectors.joining(", "));
  }

  private static Object parameter(RelationshipRow row) {
    Map<String, Object> map = new LinkedHashMap<>(row.properties());
    map.put("from", row.from());
    map.put("to", row.to());
    return map;
  }
}
