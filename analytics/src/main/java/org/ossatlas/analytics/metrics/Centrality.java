package org.ossatlas.analytics.metrics;

import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.columns.Column;

/**
 * centrality: the project's PageRank over RELATED and SHARES_CONTRIBUTORS (computed by {@code
 * links.PageRank}), scaled so that the average project has 1 and rounded.
 */
final class Centrality implements Metric {
  private final double[] pageRank;

  /**
   * @param pageRank per project, in the order of the project ids, summing to 1
   */
  Centrality(double[] pageRank) {
    this.pageRank = pageRank.clone();
  }

  @Override
  public String name() {
    return "centrality";
  }

  @Override
  public Column<?> compute(MetricContext context) {
    DoubleColumn scores = DoubleColumn.create(name(), pageRank);
    return Rounding.round(scores.multiply(context.size())).setName(name());
  }
}
