package org.ossatlas.graph.load;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a load changed, per node label ({@code Project}, {@code Category}, {@code Backer}, {@code
 * Link}) and per curated relationship type, in that fixed order.
 */
public record LoadSummary(
    Map<String, ChangeCounts> nodes, Map<String, ChangeCounts> relationships) {

  public LoadSummary {
    nodes = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(nodes));
    relationships = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(relationships));
  }

  public long nodeCount() {
    return nodes.values().stream().mapToLong(ChangeCounts::present).sum();
  }

  public long relationshipCount() {
    return relationships.values().stream().mapToLong(ChangeCounts::present).sum();
  }

  /** Nodes and relationships created, updated or deleted; 0 when the graph already matched. */
  public long changes() {
    return total(nodes) + total(relationships);
  }

  /** A fixed-width table, one line per label and type, for the command's summary. */
  public List<String> table() {
    List<String> lines = new ArrayList<>();
    String format = "%-16s %8s %8s %8s %10s";
    lines.add(String.format(format, "", "created", "updated", "deleted", "unchanged"));
    Map<String, ChangeCounts> all = new LinkedHashMap<>(nodes);
    all.putAll(relationships);
    all.forEach(
        (name, c) ->
            lines.add(
                String.format(format, name, c.created(), c.updated(), c.deleted(), c.unchanged())));
    return lines;
  }

  private static long total(Map<String, ChangeCounts> counts) {
    return counts.values().stream().mapToLong(ChangeCounts::changes).sum();
  }
}
