package org.ossatlas.analytics.metrics;

import java.util.ArrayList;
import java.util.List;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * An ordered list of metrics computed into one summary table: {@value #ID} then one column per
 * metric, one row per entity. A metric may read those before it (trend reads commits_12m).
 */
public final class MetricSuite {
  public static final String ID = "id";

  private final List<Metric> metrics;

  private MetricSuite(List<Metric> metrics) {
    this.metrics = List.copyOf(metrics);
  }

  /** The metrics of every kind of entity: totals, first and last commit, the two windows. */
  public static MetricSuite common() {
    return new MetricSuite(
        List.of(
            new TotalColumn("commits"),
            new TotalColumn("authors"),
            new TotalColumn("bot_commits"),
            new TotalColumn("additions"),
            new TotalColumn("deletions"),
            new CommitTime("first_commit", "first_time"),
            new CommitTime("last_commit", "last_time"),
            new TotalColumn("active_months"),
            new TotalColumn("commits_12m"),
            new TotalColumn("authors_12m"),
            new TotalColumn("commits_prev_12m"),
            new TotalColumn("authors_prev_12m"),
            new CommitsChange()));
  }

  /**
   * The project metrics: the common ones, then age, trend, bus factor, distribution, retention,
   * rank in the primary category and centrality.
   *
   * @param primaryCategory per project id (in order), null when none
   * @param pageRank per project id (in order), summing to 1
   */
  public static MetricSuite projects(List<String> primaryCategory, double[] pageRank) {
    return common()
        .with(
            new AgeDays(),
            new Trend(),
            new BusFactor(),
            new DistributionScore(),
            new Retention(),
            new RankInCategory(primaryCategory),
            new Centrality(pageRank));
  }

  /** The metrics of categories and backers: the common ones and their number of projects. */
  public static MetricSuite groups() {
    return common().with(new ProjectCount());
  }

  /** This suite followed by {@code more}. */
  public MetricSuite with(Metric... more) {
    List<Metric> all = new ArrayList<>(metrics);
    all.addAll(List.of(more));
    return new MetricSuite(all);
  }

  public List<String> names() {
    return metrics.stream().map(Metric::name).toList();
  }

  public Table compute(EntityActivity activity) {
    Table results = Table.create("metrics", StringColumn.create(ID, activity.ids()));
    MetricContext context = new MetricContext(activity, results);
    for (Metric metric : metrics) {
      Column<?> column = metric.compute(context);
      if (column.size() != results.rowCount()) {
        throw new IllegalStateException(
            metric.name() + " gave " + column.size() + " values for " + results.rowCount());
      }
      results.addColumns(column.setName(metric.name()));
    }
    return results;
  }
}
