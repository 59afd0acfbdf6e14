package org.ossatlas.analytics.commits;

import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.ossatlas.analytics.series.Granularity;
import tech.tablesaw.api.Table;
import tech.tablesaw.selection.Selection;

/**
 * The harvested commits as a compact Tablesaw table, one row per commit and project, about 28 bytes
 * a row: {@value #PROJECT} (number of the project in the sorted id list), {@value #AUTHOR} (a
 * number per contributor key; {@value #BOT} for bot commits, {@value #ANONYMOUS} for a human commit
 * without a key), {@value #MONTH} (of the author time in UTC, see {@link Granularity}), {@value
 * #TIME} (author time, seconds since the epoch), {@value #ADDITIONS} and {@value #DELETIONS}
 * (missing when unknown). Merge commits are commits like any other.
 */
public final class CommitTable {
  public static final String PROJECT = "project";
  public static final String AUTHOR = "author";
  public static final String MONTH = "month";
  public static final String TIME = "time";
  public static final String ADDITIONS = "additions";
  public static final String DELETIONS = "deletions";

  /** The author number of every bot commit: bots are never authors. */
  public static final int BOT = -1;

  /** A human commit whose contributor key is empty: counted as a commit, not as an author. */
  public static final int ANONYMOUS = -2;

  private final Table table;
  private final List<String> projects;
  private final long latestEpochSecond;

  public CommitTable(Table table, List<String> projects, long latestEpochSecond) {
    this.table = table;
    this.projects = List.copyOf(projects);
    this.latestEpochSecond = latestEpochSecond;
  }

  public Table table() {
    return table;
  }

  /** Project ids, sorted; the {@value #PROJECT} column holds positions in this list. */
  public List<String> projects() {
    return projects;
  }

  public int rowCount() {
    return table.rowCount();
  }

  /**
   * The last complete month of the data: the month before the one holding the latest author or
   * committer time. Empty when there are no commits.
   */
  public Optional<YearMonth> lastCompleteMonth() {
    return lastCompleteMonth(latestEpochSecond);
  }

  /** The month before the one of {@code latestEpochSecond}; empty for {@link Long#MIN_VALUE}. */
  static Optional<YearMonth> lastCompleteMonth(long latestEpochSecond) {
    if (latestEpochSecond == Long.MIN_VALUE) {
      return Optional.empty();
    }
    return Optional.of(
        Granularity.yearMonth(Granularity.MONTH.index(latestEpochSecond)).minusMonths(1));
  }

  /** The commits authored in or before {@code lastMonth}. */
  public CommitTable upTo(YearMonth lastMonth) {
    Selection keep = table.intColumn(MONTH).isLessThanOrEqualTo(Granularity.month(lastMonth));
    if (keep.size() == table.rowCount()) {
      return this;
    }
    return new CommitTable(table.where(keep), projects, latestEpochSecond);
  }

  /** Rows of human commits (bots excluded; anonymous ones included). */
  public static Selection human(Table commits) {
    return commits.intColumn(AUTHOR).isNotEqualTo(BOT);
  }

  /** Rows of human commits with a contributor key: those that count towards authors. */
  public static Selection authored(Table commits) {
    return commits.intColumn(AUTHOR).isGreaterThanOrEqualTo(0);
  }

  public static Selection bots(Table commits) {
    return commits.intColumn(AUTHOR).isEqualTo(BOT);
  }
}
