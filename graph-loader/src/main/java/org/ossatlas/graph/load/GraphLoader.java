package org.ossatlas.graph.load;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.exceptions.Neo4jException;
import org.ossatlas.common.AtlasException;
import org.ossatlas.common.ExitCode;
import org.ossatlas.graph.GraphConnection;
import org.ossatlas.graph.sheets.CuratedSheets;
import org.ossatlas.graph.sheets.SheetsValidator;
import org.ossatlas.graph.sheets.ValidationResult;

/**
 * Loads validated curated sheets into the graph as one all-or-nothing transaction that
 * synchronises: rows removed from the sheets disappear, a second load of the same sheets writes
 * nothing, and properties the sheets do not own (computed metrics) are left alone.
 */
public final class GraphLoader {
  private GraphLoader() {}

  /**
   * Validates {@code sheetsDir} and, only when there are no errors, loads it. For commands that run
   * several stages on one open connection ({@code site}).
   */
  public static LoadOutcome validateAndLoad(GraphConnection graph, Path sheetsDir) {
    ValidationResult validation = SheetsValidator.validate(sheetsDir);
    if (validation.hasErrors()) {
      return new LoadOutcome(validation, null);
    }
    return new LoadOutcome(validation, load(graph, validation.sheets()));
  }

  /**
   * Makes the curated part of the graph equal to {@code sheets}, which must be free of validation
   * errors. On any failure the transaction rolls back and the graph is as it was.
   *
   * @throws AtlasException when the load fails; nothing has been written then
   */
  public static LoadSummary load(GraphConnection graph, CuratedSheets sheets) {
    CuratedGraph curated = new CuratedGraph(sheets);
    try {
      GraphSchema.ensureConstraints(graph);
      return graph.write(tx -> sync(tx, curated));
    } catch (Neo4jException | IllegalStateException e) {
      throw new AtlasException(
          ExitCode.SOFTWARE,
          "loading the sheets into the "
              + graph.settings().describe()
              + " failed and nothing was written: "
              + e.getMessage(),
          e);
    }
  }

  /**
   * Plans every label and type first (reads), then deletes stale relationships and nodes, then
   * writes nodes before the relationships that need them. Starts from scratch on every call, as the
   * driver may retry the transaction.
   */
  private static LoadSummary sync(TransactionContext tx, CuratedGraph curated) {
    List<NodeSync> nodes = new ArrayList<>();
    curated.nodes().forEach((spec, rows) -> nodes.add(new NodeSync(spec, rows)));
    List<RelationshipSync> rels = new ArrayList<>();
    curated.relationships().forEach((spec, rows) -> rels.add(new RelationshipSync(spec, rows)));
    nodes.forEach(n -> n.plan(tx));
    rels.forEach(r -> r.plan(tx));
    rels.forEach(r -> r.deleteStale(tx));
    nodes.forEach(n -> n.deleteStale(tx));
    nodes.forEach(n -> n.write(tx));
    rels.forEach(r -> r.write(tx));
    return summary(nodes, rels);
  }

  private static LoadSummary summary(List<NodeSync> nodes, List<RelationshipSync> rels) {
    Map<String, ChangeCounts> nodeCounts = new LinkedHashMap<>();
    nodes.forEach(n -> nodeCounts.put(n.label(), n.counts()));
    Map<String, ChangeCounts> relCounts = new LinkedHashMap<>();
    rels.forEach(r -> relCounts.put(r.type(), r.counts()));
    return new LoadSummary(nodeCounts, relCounts);
  }
}
