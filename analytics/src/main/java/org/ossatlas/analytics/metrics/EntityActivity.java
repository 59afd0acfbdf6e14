package org.ossatlas.analytics.metrics;

import static org.ossatlas.analytics.commits.CommitTable.AUTHOR;
import static org.ossatlas.analytics.commits.CommitTable.MONTH;
import static org.ossatlas.analytics.commits.CommitTable.PROJECT;
import static org.ossatlas.analytics.metrics.ActivityCells.ADDITIONS_SUM;
import static org.ossatlas.analytics.metrics.ActivityCells.COMMITS;
import static org.ossatlas.analytics.metrics.ActivityCells.DELETIONS_SUM;
import static org.ossatlas.analytics.metrics.ActivityCells.FIRST;
import static org.ossatlas.analytics.metrics.ActivityCells.LAST;

import java.util.List;
import java.util.function.Function;
import org.ossatlas.analytics.commits.CommitTable;
import org.ossatlas.analytics.series.Aggregate;
import org.ossatlas.analytics.series.Granularity;
import org.ossatlas.analytics.series.Measure;
import org.ossatlas.analytics.series.Membership;
import org.ossatlas.analytics.series.TimeAggregation;
import org.ossatlas.analytics.series.TimeSeries;
import tech.tablesaw.api.Table;
import tech.tablesaw.selection.Selection;

/**
 * The activity of one kind of entity (projects, categories or backers) over the commits up to
 * {@code metrics_as_of}: its monthly series, per-entity totals and per-author window counts, each
 * computed once on first use. Entities are the groups of a {@link Membership} over the projects
 * (the identity for projects), numbered in the column {@value #ENTITY}; an author active in two
 * member projects counts once.
 */
public final class EntityActivity {
  /** The key column of every table here: the entity's number in {@link #ids()}. */
  public static final String ENTITY = "entity";

  /** Series columns, in the order of the CSV files. */
  public static final List<String> SERIES =
      List.of("commits", "authors", "new_authors", "additions", "deletions", "bot_commits");

  private final Table cells;
  private final Membership groups;
  private final Windows windows;
  private TimeSeries series;
  private Table totals;
  private Table authorWindows;

  /** The activity of the groups of {@code groups}, from cells shared by every kind. */
  public EntityActivity(ActivityCells cells, Membership groups, Windows windows) {
    this.cells = cells.table();
    this.groups = groups;
    this.windows = windows;
  }

  /**
   * @param commits a {@link CommitTable} table already cut at {@code windows.asOf()}
   */
  public static EntityActivity of(Table commits, Membership groups, Windows windows) {
    return new EntityActivity(ActivityCells.of(commits), groups, windows);
  }

  public List<String> ids() {
    return groups.groupIds();
  }

  public Membership groups() {
    return groups;
  }

  public Windows windows() {
    return windows;
  }

  /** The {@link ActivityCells} this activity is computed from. */
  public Table cells() {
    return cells;
  }

  /**
   * Monthly series per entity with an activity (human or bot), gap-free from its first to its last
   * month: {@link #SERIES}. Bots count only in {@code bot_commits}.
   */
  public synchronized TimeSeries series() {
    if (series == null) {
      series =
          TimeAggregation.fromPeriods(cells, MONTH, Granularity.MONTH)
              .by(PROJECT, groups, ENTITY)
              .measure(
                  Measure.sum(COMMITS).as("commits").where(CommitTable::human),
                  Measure.countDistinct(AUTHOR).as("authors").where(CommitTable::authored),
                  Measure.newDistinct(AUTHOR).as("new_authors").where(CommitTable::authored),
                  Measure.sum(ADDITIONS_SUM).as("additions").where(CommitTable::human),
                  Measure.sum(DELETIONS_SUM).as("deletions").where(CommitTable::human),
                  Measure.sum(COMMITS).as("bot_commits").where(CommitTable::bots))
              .run();
    }
    return series;
  }

  /**
   * One row per entity with commits: {@code rows} (all commits), {@code commits}, {@code authors},
   * {@code bot_commits}, {@code additions}, {@code deletions}, {@code first_time}, {@code
   * last_time} (human author times), {@code active_months}, {@code last_human_month}, and {@code
   * commits_12m}, {@code authors_12m}, {@code commits_prev_12m}, {@code authors_prev_12m}.
   */
  public synchronized Table totals() {
    if (totals == null) {
      Function<Table, Selection> last12 = inMonths(windows.last12From(), windows.asOfMonth());
      Function<Table, Selection> prev12 = inMonths(windows.prev12From(), windows.prev12To());
      totals =
          byEntity()
              .measure(
                  Measure.sum(COMMITS).as("rows"),
                  Measure.sum(COMMITS).as("commits").where(CommitTable::human),
                  Measure.countDistinct(AUTHOR).as("authors").where(CommitTable::authored),
                  Measure.sum(COMMITS).as("bot_commits").where(CommitTable::bots),
                  Measure.sum(ADDITIONS_SUM).as("additions").where(CommitTable::human),
                  Measure.sum(DELETIONS_SUM).as("deletions").where(CommitTable::human),
                  Measure.min(FIRST).as("first_time").where(CommitTable::human),
                  Measure.max(LAST).as("last_time").where(CommitTable::human),
                  Measure.countDistinct(MONTH).as("active_months").where(CommitTable::human),
                  Measure.max(MONTH).as("last_human_month").where(CommitTable::human),
                  Measure.sum(COMMITS).as("commits_12m").where(both(CommitTable::human, last12)),
                  Measure.countDistinct(AUTHOR)
                      .as("authors_12m")
                      .where(both(CommitTable::authored, last12)),
                  Measure.sum(COMMITS)
                      .as("commits_prev_12m")
                      .where(both(CommitTable::human, prev12)),
                  Measure.countDistinct(AUTHOR)
                      .as("authors_prev_12m")
                      .where(both(CommitTable::authored, prev12)))
              .run();
    }
    return totals;
  }

  /**
   * One row per (entity, author) with a keyed human commit in the last 24 months: {@code
   * commits_12m} and {@code commits_prev_12m}. Bus factor, distribution, retention and shared
   * contributors read it.
   */
  public synchronized Table authorWindows() {
    if (authorWindows == null) {
      Aggregate aggregate =
          Aggregate.of(cells)
              .by(PROJECT, AUTHOR)
              .mapping(PROJECT, groups, ENTITY)
              .where(
                  both(CommitTable::authored, inMonths(windows.last24From(), windows.asOfMonth()))
                      .apply(cells));
      authorWindows =
          aggregate
              .measure(
                  Measure.sum(COMMITS)
                      .as("commits_12m")
                      .where(inMonths(windows.last12From(), windows.asOfMonth())),
                  Measure.sum(COMMITS)
                      .as("commits_prev_12m")
                      .where(inMonths(windows.prev12From(), windows.prev12To())))
              .run();
    }
    return authorWindows;
  }

  private Aggregate byEntity() {
    return Aggregate.of(cells).by(PROJECT).mapping(PROJECT, groups, ENTITY);
  }

  private static Function<Table, Selection> inMonths(int from, int to) {
    return t -> t.intColumn(MONTH).isBetweenInclusive(from, to);
  }

  /**
   * Rows both select; each call builds fresh selections (Tablesaw's and() changes its receiver).
   */
  private static Function<Table, Selection> both(
      Function<Table, Selection> a, Function<Table, Selection> b) {
    return t -> a.apply(t).and(b.apply(t));
  }
}
