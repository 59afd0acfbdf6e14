package org.ossatlas.analytics.metrics;

import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * bus_factor: the fewest authors who together made at least half of the last 12 months' keyed human
 * commits (the most active first). Missing when there were none.
 */
final class BusFactor implements Metric {
  @Override
  public String name() {
    return "bus_factor";
  }

  @Override
  public Column<?> compute(MetricContext context) {
    Table windows = context.authorWindows();
    Table active = windows.where(windows.longColumn("commits_12m").isGreaterThan(0));
    Table sorted = active.sortOn(EntityActivity.ENTITY, "-commits_12m");
    LongColumn totals =
        context.align(Aggregations.sumByEntity(active, "commits_12m"), "commits_12m", "total");
    IntColumn entities = sorted.intColumn(EntityActivity.ENTITY);
    LongColumn commits = sorted.longColumn("commits_12m");
    LongColumn factor = LongColumn.create(name(), context.size());
    for (int i = 0; i < context.size(); i++) {
      factor.setMissing(i);
    }
    int row = 0;
    while (row < sorted.rowCount()) {
      int entity = entities.getInt(row);
      long total = totals.getLong(entity);
      long cumulative = 0;
      int authors = 0;
      // 2 × cumulative ≥ total, in whole numbers.
      while (row < sorted.rowCount() && entities.getInt(row) == entity) {
        if (2 * cumulative < total) {
          cumulative += commits.getLong(row);
          authors++;
        }
        row++;
      }
      factor.set(entity, authors);
    }
    return factor;
  }
}
