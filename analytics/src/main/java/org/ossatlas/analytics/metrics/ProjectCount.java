package org.ossatlas.analytics.metrics;

import tech.tablesaw.api.LongColumn;
import tech.tablesaw.columns.Column;

/**
 * projects, on categories and backers: how many distinct projects the group holds (a category with
 * its subcategories), harvested or not.
 */
final class ProjectCount implements Metric {
  @Override
  public String name() {
    return "projects";
  }

  @Override
  public Column<?> compute(MetricContext context) {
    LongColumn count = LongColumn.create(name(), context.size());
    for (int g = 0; g < context.size(); g++) {
      count.set(g, context.activity().groups().membersOf(g).length);
    }
    return count;
  }
}
