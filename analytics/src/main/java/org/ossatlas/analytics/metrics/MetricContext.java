package org.ossatlas.analytics.metrics;

import java.util.List;
import org.ossatlas.analytics.series.TimeSeries;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * What a {@link Metric} reads: the {@link EntityActivity} of its entities, and the metrics computed
 * before it in the suite. Tables keyed by {@value EntityActivity#ENTITY} hold only entities with
 * commits; {@link #align} turns one of their columns into one value per entity.
 */
public final class MetricContext {
  private final EntityActivity activity;
  private final Table results;

  MetricContext(EntityActivity activity, Table results) {
    this.activity = activity;
    this.results = results;
  }

  public List<String> ids() {
    return activity.ids();
  }

  public int size() {
    return activity.ids().size();
  }

  public Windows windows() {
    return activity.windows();
  }

  public EntityActivity activity() {
    return activity;
  }

  public TimeSeries series() {
    return activity.series();
  }

  public Table totals() {
    return activity.totals();
  }

  public Table authorWindows() {
    return activity.authorWindows();
  }

  /** A metric computed earlier in the suite. */
  public Column<?> result(String metric) {
    return results.column(metric);
  }

  public LongColumn longResult(String metric) {
    return results.longColumn(metric);
  }

  /** Column {@code column} of a table keyed by entity, one value per entity, missing if absent. */
  public LongColumn align(Table byEntity, String column, String name) {
    LongColumn out = LongColumn.create(name, size());
    for (int i = 0; i < size(); i++) {
      out.setMissing(i);
    }
    IntColumn entities = byEntity.intColumn(EntityActivity.ENTITY);
    LongColumn values = byEntity.longColumn(column);
    for (int row = 0; row < byEntity.rowCount(); row++) {
      if (!values.isMissing(row)) {
        out.set(entities.getInt(row), values.getLong(row));
      }
    }
    return out;
  }
}
