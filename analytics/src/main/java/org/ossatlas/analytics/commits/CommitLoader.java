package org.ossatlas.analytics.commits;

import it.unimi.dsi.fastutil.ints.IntArrayList;
import it.unimi.dsi.fastutil.longs.LongArrayList;
import it.unimi.dsi.fastutil.objects.Object2IntOpenHashMap;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.ossatlas.analytics.series.Granularity;
import org.ossatlas.common.Progress;
import org.ossatlas.common.commits.CommitTableReader;
import org.ossatlas.common.commits.CommitTableRow;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.numbers.IntColumnType;

/**
 * Reads {@code data/commits.csv.gz} into a {@link CommitTable}, one row per commit, keeping only
 * the projects of the graph and the fields the metrics need (about 28 bytes a commit). The whole
 * history in memory: for tests and small tools, and the reference {@link CellLoader} (which {@code
 * analyze} uses, streaming) is checked against.
 */
public final class CommitLoader {
  private static final long UNKNOWN_TIME = CommitTableRow.UNKNOWN_TIME;

  /** Times later than this margin after the clock are bad clocks, not freshness. */
  private static final long FUTURE_MARGIN_SECONDS = 86_400;

  private final List<String> projects;
  private final long now;

  /**
   * @param projects the project ids of the graph, sorted; rows of other projects are skipped
   * @param now the clock, to ignore commit times in the future when finding the data's freshness
   */
  public CommitLoader(List<String> projects, Instant now) {
    this.projects = List.copyOf(projects);
    this.now = now.getEpochSecond();
  }

  /** What was read: the table and what was passed over. */
  public record Loaded(
      CommitTable commits,
      long rowsRead,
      Map<String, Long> unknownProjects,
      long rowsWithoutTime) {}

  public Loaded load(Path file) {
    Object2IntOpenHashMap<String> projectIndex = new Object2IntOpenHashMap<>();
    projectIndex.defaultReturnValue(-1);
    for (int i = 0; i < projects.size(); i++) {
      projectIndex.put(projects.get(i), i);
    }
    Columns columns = new Columns();
    Map<String, Long> unknown = new TreeMap<>();
    long[] counts = new long[2]; // rows read, rows without time
    long[] latest = {Long.MIN_VALUE};
    try (Progress progress = Progress.start("read commits", sizeOf(file));
        CommitTableReader reader = CommitTableReader.open(file, progress::stepBy)) {
      reader.forEachRow(
          row -> {
            counts[0]++;
            int code = projectIndex.getInt(row.project());
            if (code < 0) {
              unknown.merge(row.project(), 1L, Long::sum);
              return;
            }
            long authorTime = row.authorTime();
            long committerTime = row.committerTime();
            long time = authorTime != UNKNOWN_TIME ? authorTime : committerTime;
            if (time == UNKNOWN_TIME) {
              counts[1]++;
              return;
            }
            long fresh = Math.max(authorTime, committerTime);
            if (fresh <= now + FUTURE_MARGIN_SECONDS) {
              latest[0] = Math.max(latest[0], fresh);
            }
            columns.add(
                code,
                row.bot() ? CommitTable.BOT : columns.author(row.authorKey()),
                time,
                count(row.additions()),
                count(row.deletions()));
          });
    }
    CommitTable table = new CommitTable(columns.table(), projects, latest[0]);
    return new Loaded(table, counts[0], unknown, counts[1]);
  }

  private static int count(int value) {
    return value == CommitTableRow.UNKNOWN_COUNT ? IntColumnType.missingValueIndicator() : value;
  }

  private static long sizeOf(Path file) {
    try {
      return Files.size(file);
    } catch (IOException e) {
      throw new UncheckedIOException("could not read " + file, e);
    }
  }

  /** Growable primitive columns, and the contributor dictionary (keys never leave it). */
  private static final class Columns {
    private final IntArrayList project = new IntArrayList();
    private final IntArrayList author = new IntArrayList();
    private final IntArrayList month = new IntArrayList();
    private final LongArrayList time = new LongArrayList();
    private final IntArrayList additions = new IntArrayList();
    private final IntArrayList deletions = new IntArrayList();
    private final Object2IntOpenHashMap<String> authors = new Object2IntOpenHashMap<>();

    Columns() {
      authors.defaultReturnValue(-1);
    }

    int author(String key) {
      if (key.isEmpty()) {
        return CommitTable.ANONYMOUS;
      }
      int code = authors.getInt(key);
      if (code < 0) {
        code = authors.size();
        authors.put(key, code);
      }
      return code;
    }

    void add(int projectCode, int authorCode, long epochSecond, int added, int deleted) {
      project.add(projectCode);
      author.add(authorCode);
      month.add(Granularity.MONTH.index(epochSecond));
      time.add(epochSecond);
      additions.add(added);
      deletions.add(deleted);
    }

    Table table() {
      return Table.create(
          "commits",
          IntColumn.create(CommitTable.PROJECT, project.toIntArray()),
          IntColumn.create(CommitTable.AUTHOR, author.toIntArray()),
          IntColumn.create(CommitTable.MONTH, month.toIntArray()),
          LongColumn.create(CommitTable.TIME, time.toLongArray()),
          IntColumn.create(CommitTable.ADDITIONS, additions.toIntArray()),
          IntColumn.create(CommitTable.DELETIONS, deletions.toIntArray()));
    }
  }
}
