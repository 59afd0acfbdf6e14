package org.ossatlas.analytics.metrics;

import tech.tablesaw.columns.Column;

/**
 * A metric that is a column of {@link EntityActivity#totals()}: commits, authors, bot_commits,
 * additions, deletions, active_months and the two 12-month windows' commits and authors.
 */
final class TotalColumn implements Metric {
  private final String name;

  TotalColumn(String name) {
    this.name = name;
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public Column<?> compute(MetricContext context) {
    return context.align(context.totals(), name, name);
  }
}
