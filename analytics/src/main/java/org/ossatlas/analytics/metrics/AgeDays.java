package org.ossatlas.analytics.metrics;

import tech.tablesaw.api.LongColumn;
import tech.tablesaw.columns.Column;

/** age_days: whole days from the first human commit to the end of the metrics_as_of month. */
final class AgeDays implements Metric {
  @Override
  public String name() {
    return "age_days";
  }

  @Override
  public Column<?> compute(MetricContext context) {
    LongColumn first = context.align(context.totals(), "first_time", name());
    long end = context.windows().endEpochSecond();
    LongColumn age = LongColumn.create(name(), context.size());
    for (int i = 0; i < first.size(); i++) {
      if (first.isMissing(i)) {
        age.setMissing(i);
      } else {
        age.set(i, Math.floorDiv(end - first.getLong(i), 86_400L));
      }
    }
    return age;
  }
}
