package org.ossatlas.analytics.metrics;

import org.ossatlas.analytics.series.Aggregate;
import org.ossatlas.analytics.series.Measure;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * retention: the share of the previous 12 months' authors who made a commit in the last 12. Missing
 * when the previous 12 months had no author.
 */
final class Retention implements Metric {
  @Override
  public String name() {
    return "retention";
  }

  @Override
  public Column<?> compute(MetricContext context) {
    Table perEntity =
        Aggregate.of(context.authorWindows())
            .by(EntityActivity.ENTITY)
            .measure(
                Measure.count()
                    .as("earlier")
                    .where(t -> t.longColumn("commits_prev_12m").isGreaterThan(0)),
                Measure.count()
                    .as("stayed")
                    .where(
                        t ->
                            t.longColumn("commits_prev_12m")
                                .isGreaterThan(0)
                                .and(t.longColumn("commits_12m").isGreaterThan(0))))
            .run();
    LongColumn earlier = context.align(perEntity, "earlier", "earlier");
    LongColumn stayed = context.align(perEntity, "stayed", "stayed");
    return Rounding.round(stayed.divide(earlier)).setName(name());
  }
}
