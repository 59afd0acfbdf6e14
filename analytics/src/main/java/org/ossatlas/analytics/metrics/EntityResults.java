package org.ossatlas.analytics.metrics;

import java.util.List;
import java.util.Map;
import org.ossatlas.analytics.series.TimeSeries;
import tech.tablesaw.api.Table;

/**
 * Everything computed for one kind of entity: the summary (one row per id, a column per metric) and
 * the monthly series of those with commits, keyed by the entity's position in {@code ids}.
 */
public record EntityResults(
    EntityKind kind, List<String> ids, List<String> names, Table summary, TimeSeries series) {

  /** The series of each entity with commits. */
  public Map<Integer, TimeSeries> seriesByEntity() {
    return series.byKey();
  }

  /** The value of a metric, null when missing. */
  public Object value(int entity, String metric) {
    var column = summary.column(metric);
    return column.isMissing(entity) ? null : column.get(entity);
  }

  /** The metric names, in suite order. */
  public List<String> metricNames() {
    return summary.columnNames().subList(1, summary.columnCount());
  }
}
