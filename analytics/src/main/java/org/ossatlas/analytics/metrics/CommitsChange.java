package org.ossatlas.analytics.metrics;

import tech.tablesaw.api.LongColumn;
import tech.tablesaw.columns.Column;

/**
 * commits_12m_change: commits_12m / commits_prev_12m − 1, rounded; missing when the earlier window
 * is 0 (the division gives no finite number).
 */
final class CommitsChange implements Metric {
  @Override
  public String name() {
    return "commits_12m_change";
  }

  @Override
  public Column<?> compute(MetricContext context) {
    LongColumn last = context.longResult("commits_12m");
    LongColumn prev = context.longResult("commits_prev_12m");
    return Rounding.round(last.divide(prev).subtract(1));
  }
}
