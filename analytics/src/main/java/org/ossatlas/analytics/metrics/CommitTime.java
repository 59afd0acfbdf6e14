package org.ossatlas.analytics.metrics;

import java.time.Instant;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.columns.Column;

/** first_commit and last_commit: the earliest and latest human author time, ISO 8601 UTC. */
final class CommitTime implements Metric {
  private final String name;
  private final String totalsColumn;

  CommitTime(String name, String totalsColumn) {
    this.name = name;
    this.totalsColumn = totalsColumn;
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public Column<?> compute(MetricContext context) {
    LongColumn seconds = context.align(context.totals(), totalsColumn, name);
    StringColumn out = StringColumn.create(name, context.size());
    for (int i = 0; i < seconds.size(); i++) {
      if (!seconds.isMissing(i)) {
        out.set(i, Instant.ofEpochSecond(seconds.getLong(i)).toString());
      }
    }
    return out;
  }
}
