package org.ossatlas.analytics.metrics;

import static org.ossatlas.analytics.commits.CommitTable.ADDITIONS;
import static org.ossatlas.analytics.commits.CommitTable.AUTHOR;
import static org.ossatlas.analytics.commits.CommitTable.DELETIONS;
import static org.ossatlas.analytics.commits.CommitTable.MONTH;
import static org.ossatlas.analytics.commits.CommitTable.PROJECT;
import static org.ossatlas.analytics.commits.CommitTable.TIME;

import org.ossatlas.analytics.commits.CommitTable;
import org.ossatlas.analytics.series.Aggregate;
import org.ossatlas.analytics.series.Measure;
import tech.tablesaw.api.Table;

/**
 * The commits reduced to one row per (project, month, author) — all bot commits of a project and
 * month share the author {@value CommitTable#BOT}, all anonymous ones {@value
 * CommitTable#ANONYMOUS} — with {@value #COMMITS}, {@value #ADDITIONS_SUM}, {@value
 * #DELETIONS_SUM}, {@value #FIRST} and {@value #LAST} (author times). Every metric and series is a
 * function of these cells, and there are several times fewer of them than commits: the three kinds
 * of entities are computed from one reduction.
 */
public final class ActivityCells {
  public static final String COMMITS = "commits";
  public static final String ADDITIONS_SUM = "additions";
  public static final String DELETIONS_SUM = "deletions";
  public static final String FIRST = "first_time";
  public static final String LAST = "last_time";

  private final Table table;

  private ActivityCells(Table table) {
    this.table = table;
  }

  /** Reduces a {@link CommitTable} table (already cut at metrics_as_of). */
  public static ActivityCells of(Table commits) {
    return new ActivityCells(
        Aggregate.of(commits)
            .by(PROJECT, MONTH, AUTHOR)
            .measure(
                Measure.count().as(COMMITS),
                Measure.sum(ADDITIONS).as(ADDITIONS_SUM),
                Measure.sum(DELETIONS).as(DELETIONS_SUM),
                Measure.min(TIME).as(FIRST),
                Measure.max(TIME).as(LAST))
            .run());
  }

  /** Columns project, month, author (int) and the sums above (long). */
  public Table table() {
    return table;
  }

  public int rowCount() {
    return table.rowCount();
  }
}
