package org.ossatlas.site.model;

import java.util.List;
import java.util.function.Function;
import org.neo4j.driver.Record;
import org.ossatlas.graph.GraphConnection;

/** Runs a page family's query and turns its records into page models. */
final class PageRecords {
  private PageRecords() {}

  /**
   * Turning records into page models (Markdown, formatted metrics) is CPU work that needs no
   * transaction: done after it, on every core, keeping the query's order.
   */
  static <T> List<T> read(GraphConnection graph, String cypher, Function<Record, T> page) {
    List<Record> records = graph.read(tx -> tx.run(cypher).list());
    return records.parallelStream().map(page).toList();
  }
}
