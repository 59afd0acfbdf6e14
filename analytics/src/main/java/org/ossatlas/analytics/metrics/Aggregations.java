package org.ossatlas.analytics.metrics;

import org.ossatlas.analytics.series.Aggregate;
import org.ossatlas.analytics.series.Measure;
import tech.tablesaw.api.Table;

/** Small per-entity aggregations the metrics share. */
final class Aggregations {
  private Aggregations() {}

  /** Sum of {@code column} per entity, in a column of the same name. */
  static Table sumByEntity(Table byEntityAndMore, String column) {
    return Aggregate.of(byEntityAndMore)
        .by(EntityActivity.ENTITY)
        .measure(Measure.sum(column).as(column))
        .run();
  }
}
