package org.ossatlas.analytics.metrics;

import static org.ossatlas.analytics.commits.CommitTable.ADDITIONS;
import static org.ossatlas.analytics.commits.CommitTable.AUTHOR;
import static org.ossatlas.analytics.commits.CommitTable.DELETIONS;
import static org.ossatlas.analytics.commits.CommitTable.MONTH;
import static org.ossatlas.analytics.commits.CommitTable.PROJECT;
import static org.ossatlas.analytics.commits.CommitTable.TIME;

import org.ossatlas.analytics.commits.CommitTable;
import org.ossatlas.analytics.series.Aggregate;
import org.ossatlas.analytics.series.Granularity;
import org.ossatlas.analytics.series.Measure;
import tech.tablesaw.api.Table;
import tech.tablesaw.selection.Selection;

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

  /**
   * Cells already reduced elsewhere (the streaming loader): one row per (project, month, author),
   * sorted so, with the columns {@link #of} makes.
   */
  public static ActivityCells reduced(Table cells) {
    return new ActivityCells(cells);
  }

  /** Cells in which a (project, month, author) may appear more than once, summed into one. */
  public static ActivityCells merge(Table cells) {
    return new ActivityCells(
        Aggregate.of(cells)
            .by(PROJECT, MONTH, AUTHOR)
            .measure(
                Measure.sum(COMMITS).as(COMMITS),
                Measure.sum(ADDITIONS_SUM).as(ADDITIONS_SUM),
                Measure.sum(DELETIONS_SUM).as(DELETIONS_SUM),
                Measure.min(FIRST).as(FIRST),
                Measure.max(LAST).as(LAST))
            .run());
  }

  /** The cells of months up to {@code lastMonth} (a {@link Granularity#MONTH} index). */
  public ActivityCells upTo(int lastMonth) {
    Selection keep = table.intColumn(MONTH).isLessThanOrEqualTo(lastMonth);
    return keep.size() == table.rowCount() ? this : new ActivityCells(table.where(keep));
  }

  /** Commits counted in the cells, bots and anonymous ones included. */
  public long commits() {
    long sum = 0;
    for (long n : table.longColumn(COMMITS).asLongArray()) {
      sum += n;
    }
    return sum;
  }

  /** Columns project, month, author (int) and the sums above (long). */
  public Table table() {
    return table;
  }

  public int rowCount() {
    return table.rowCount();
  }
}
