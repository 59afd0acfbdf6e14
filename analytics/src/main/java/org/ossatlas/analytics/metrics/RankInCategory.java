package org.ossatlas.analytics.metrics;

import java.util.List;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * rank_in_category: the project's place by commits_12m among the projects of its primary category
 * that have commits, 1 for the most active; equal counts share a rank (1, 2, 2, 4). Missing for a
 * project without commits or without a primary category.
 */
final class RankInCategory implements Metric {
  private final List<String> primaryCategory;

  /**
   * @param primaryCategory per project, in the order of the project ids; null when none
   */
  RankInCategory(List<String> primaryCategory) {
    this.primaryCategory = primaryCategory;
  }

  @Override
  public String name() {
    return "rank_in_category";
  }

  @Override
  public Column<?> compute(MetricContext context) {
    LongColumn commits = context.longResult("commits_12m");
    StringColumn categories =
        StringColumn.create(
            "category", primaryCategory.stream().map(c -> c == null ? "" : c).toList());
    Table ranked =
        Table.create(
                "ranked",
                IntColumn.indexColumn("project", context.size(), 0),
                categories,
                commits.copy().setName("commits_12m"))
            .where(t -> t.longColumn("commits_12m").isNotMissing().and(categories.isNotMissing()))
            .sortOn("category", "-commits_12m", "project");
    LongColumn rank = LongColumn.create(name(), context.size());
    for (int i = 0; i < context.size(); i++) {
      rank.setMissing(i);
    }
    String category = null;
    int position = 0;
    long previous = -1;
    long current = 0;
    for (int row = 0; row < ranked.rowCount(); row++) {
      String c = ranked.stringColumn("category").get(row);
      long value = ranked.longColumn("commits_12m").getLong(row);
      if (!c.equals(category)) {
        category = c;
        position = 0;
        previous = -1;
      }
      position++;
      if (value != previous) {
        current = position;
        previous = value;
      }
      rank.set(ranked.intColumn("project").getInt(row), current);
    }
    return rank;
  }
}
