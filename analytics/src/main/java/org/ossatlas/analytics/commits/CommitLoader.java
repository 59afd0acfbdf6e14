package org.ossatlas.analytics.commits;

import it.unimi.dsi.fastutil.ints.IntArrayList;
import it.unimi.dsi.fastutil.longs.LongArrayList;
import it.unimi.dsi.fastutil.objects.Object2IntOpenHashMap;
import java.io.BufferedReader;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.ossatlas.analytics.series.Granularity;
import org.ossatlas.common.AtlasException;
import org.ossatlas.common.Progress;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.numbers.IntColumnType;

/**
 * Reads {@code data/commits.csv.gz} (Commons CSV, streaming) into a {@link CommitTable}, keeping
 * only the projects of the graph and only the fields the metrics need: strings become numbers as
 * they are read, so 5 million commits take about 150 MB of heap.
 */
public final class CommitLoader {
  static final List<String> HEADER =
      List.of(
          "project",
          "sha",
          "author_key",
          "author_time",
          "committer_key",
          "committer_time",
          "additions",
          "deletions",
          "files_changed",
          "is_merge",
          "is_bot");

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
    long rowsRead = 0;
    long withoutTime = 0;
    long latest = Long.MIN_VALUE;
    long size = sizeOf(file);
    try (Progress progress = Progress.start("read commits", size);
        CountingStream counted = new CountingStream(Files.newInputStream(file), progress);
        CSVParser parser = open(file, counted)) {
      int[] at = columnPositions(file, parser.getHeaderNames());
      int columnsNeeded = Arrays.stream(at).max().orElse(0) + 1;
      for (CSVRecord record : parser) {
        rowsRead++;
        if (record.size() < columnsNeeded) {
          throw AtlasException.invalidData(
              file
                  + ":"
                  + (record.getRecordNumber() + 1)
                  + ": the row has "
                  + record.size()
                  + " columns, the header "
                  + parser.getHeaderNames().size()
                  + "; compact it again with `ossatlas compact`");
        }
        String project = record.get(at[0]);
        int code = projectIndex.getInt(project);
        if (code < 0) {
          unknown.merge(project, 1L, Long::sum);
          continue;
        }
        long authorTime = time(file, record, at[3], Long.MIN_VALUE);
        long committerTime = time(file, record, at[5], Long.MIN_VALUE);
        long time = authorTime != Long.MIN_VALUE ? authorTime : committerTime;
        if (time == Long.MIN_VALUE) {
          withoutTime++;
          continue;
        }
        long fresh = Math.max(authorTime, committerTime);
        if (fresh <= now + FUTURE_MARGIN_SECONDS) {
          latest = Math.max(latest, fresh);
        }
        boolean bot = "true".equalsIgnoreCase(record.get(at[10]).strip());
        columns.add(
            code,
            bot ? CommitTable.BOT : columns.author(record.get(at[2]).strip()),
            time,
            count(file, record, at[6]),
            count(file, record, at[7]));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("could not read " + file, e);
    }
    CommitTable table = new CommitTable(columns.table(), projects, latest);
    return new Loaded(table, rowsRead, unknown, withoutTime);
  }

  private static CSVParser open(Path file, InputStream in) throws IOException {
    BufferedReader reader =
        new BufferedReader(
            new InputStreamReader(new GZIPInputStream(in, 1 << 16), StandardCharsets.UTF_8),
            1 << 16);
    CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
    return CSVParser.parse(reader, format);
  }

  private static int[] columnPositions(Path file, List<String> header) {
    int[] at = new int[HEADER.size()];
    for (int i = 0; i < HEADER.size(); i++) {
      at[i] = header.indexOf(HEADER.get(i));
      if (at[i] < 0) {
        throw AtlasException.invalidData(
            file
                + ":1: the header has no column "
                + HEADER.get(i)
                + " (expected "
                + String.join(",", HEADER)
                + "); compact it again with `ossatlas compact`");
      }
    }
    return at;
  }

  private static long time(Path file, CSVRecord record, int column, long missing) {
    String text = record.get(column).strip();
    if (text.isEmpty()) {
      return missing;
    }
    try {
      return IsoTimes.parse(text);
    } catch (DateTimeParseException e) {
      throw invalid(file, record, column, "'" + text + "' is not an ISO 8601 time");
    }
  }

  private static int count(Path file, CSVRecord record, int column) {
    String text = record.get(column).strip();
    if (text.isEmpty()) {
      return IntColumnType.missingValueIndicator();
    }
    try {
      int value = Integer.parseInt(text);
      if (value < 0) {
        throw invalid(file, record, column, "a count cannot be negative: " + text);
      }
      return value;
    } catch (NumberFormatException e) {
      throw invalid(file, record, column, "'" + text + "' is not a whole number");
    }
  }

  private static AtlasException invalid(Path file, CSVRecord record, int column, String what) {
    return AtlasException.invalidData(
        file
            + ":"
            + (record.getRecordNumber() + 1)
            + ": "
            + columnName(record, column)
            + ": "
            + what
            + "; compact it again with `ossatlas compact`");
  }

  private static String columnName(CSVRecord record, int column) {
    List<String> names = record.getParser().getHeaderNames();
    return column < names.size() ? names.get(column) : "column " + (column + 1);
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

  /** Reports compressed bytes read to the progress bar. */
  private static final class CountingStream extends FilterInputStream {
    private final Progress progress;

    CountingStream(InputStream in, Progress progress) {
      super(in);
      this.progress = progress;
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        progress.step();
      }
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int n = super.read(buffer, offset, length);
      if (n > 0) {
        progress.stepBy(n);
      }
      return n;
    }
  }
}
