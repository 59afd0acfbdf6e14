package org.ossatlas.analytics.metrics;

import org.ossatlas.analytics.series.Aggregate;
import org.ossatlas.analytics.series.Measure;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * distribution_score: 1 − the top author's share of the last 12 months' keyed human commits (0 when
 * one person made them all, towards 1 when many share the work). Missing when there were none.
 */
final class DistributionScore implements Metric {
  @Override
  public String name() {
    return "distribution_score";
  }

  @Override
  public Column<?> compute(MetricContext context) {
    Table windows = context.authorWindows();
    Table perEntity =
        Aggregate.of(windows)
            .by(EntityActivity.ENTITY)
            .measure(Measure.max("commits_12m").as("top"), Measure.sum("commits_12m").as("total"))
            .run();
    LongColumn top = context.align(perEntity, "top", "top");
    LongColumn total = context.align(perEntity, "total", "total");
    // 1 − top / total; a total of 0 gives no finite number and so a missing value.
    return Rounding.round(top.divide(total).multiply(-1).add(1)).setName(name());
  }
}
