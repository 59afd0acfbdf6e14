package org.ossatlas.analytics.metrics;

import tech.tablesaw.columns.Column;

/**
 * One metric of projects, categories or backers: a small class that reads the context's tables and
 * returns one value per entity. Adding a metric is adding such a class to a {@link MetricSuite};
 * its name becomes the graph property and the column of the summary CSV.
 */
public interface Metric {
  /** Property and column name, snake_case. */
  String name();

  /**
   * One value per entity, in the order of {@link MetricContext#ids()}; a missing value means "not
   * defined for this entity" (no commits, an empty window) and leaves the property absent.
   */
  Column<?> compute(MetricContext context);
}
