package org.ossatlas.analytics.metrics;

import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.columns.Column;
import tech.tablesaw.selection.Selection;

/**
 * trend, in this order: {@code dormant} when no human commit in the last {@value
 * Windows#DORMANT_MONTHS} months; {@code growing} when commits_12m ≥ {@value #GROWING} ×
 * commits_prev_12m (so also when the earlier window is empty); {@code declining} when commits_12m ≤
 * {@value #DECLINING} × commits_prev_12m; else {@code steady}. Missing without any human commit.
 */
final class Trend implements Metric {
  static final double GROWING = 1.2;
  static final double DECLINING = 0.8;

  @Override
  public String name() {
    return "trend";
  }

  @Override
  public Column<?> compute(MetricContext context) {
    LongColumn last = context.longResult("commits_12m");
    LongColumn prev = context.longResult("commits_prev_12m");
    LongColumn lastMonth = context.align(context.totals(), "last_human_month", "last_human_month");
    StringColumn trend = StringColumn.create(name(), context.size());
    // Later labels override earlier ones; and() changes its receiver, so each starts afresh.
    trend.set(
        active(lastMonth).and(last.isLessThanOrEqualTo(prev.multiply(DECLINING))), "declining");
    trend.set(active(lastMonth).and(last.isGreaterThan(prev.multiply(DECLINING))), "steady");
    trend.set(
        active(lastMonth).and(last.isGreaterThanOrEqualTo(prev.multiply(GROWING))), "growing");
    trend.set(
        active(lastMonth).and(lastMonth.isLessThan(context.windows().dormantFrom())), "dormant");
    return trend;
  }

  private static Selection active(LongColumn lastHumanMonth) {
    return lastHumanMonth.isNotMissing();
  }
}
