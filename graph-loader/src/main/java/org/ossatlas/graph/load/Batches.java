package org.ossatlas.graph.load;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.neo4j.driver.TransactionContext;

/** Runs one {@code UNWIND $rows} statement per slice of rows, so that no parameter grows huge. */
final class Batches {
  static final int SIZE = 1_000;

  private Batches() {}

  /**
   * Runs {@code cypher} (which ends in {@code RETURN count(*) AS n}) over {@code rows} in slices
   * and checks that every row matched: a row that silently matched nothing would leave the graph
   * different from the sheets, so it fails the transaction instead.
   */
  static <T> void run(
      TransactionContext tx, String cypher, List<T> rows, Function<T, Object> toParameter) {
    for (int from = 0; from < rows.size(); from += SIZE) {
      List<Object> slice =
          rows.subList(from, Math.min(rows.size(), from + SIZE)).stream().map(toParameter).toList();
      long touched = tx.run(cypher, Map.of("rows", slice)).single().get("n").asLong();
      if (touched != slice.size()) {
        throw new IllegalStateException(
            "expected to write " + slice.size() + " rows but wrote " + touched + ": " + cypher);
      }
    }
  }
}
