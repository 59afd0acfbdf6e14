package org.ossatlas.common.commits;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.ossatlas.common.AtlasException;

/**
 * One row of a {@link CommitChunk}, read in place: cells are decoded only when asked for, so a
 * reader that needs three columns pays for three. The same cursor moves from row to row; copy what
 * you keep ({@link #toRow()}). Cells are stripped of surrounding spaces; a quoted cell (never
 * written by compaction, but valid CSV) is unquoted.
 */
public final class CommitCursor {
  private final Path file;
  private final int[] positions;
  private final int headerColumns;
  private final int needed;
  private int[] starts = new int[16];
  private int[] ends = new int[16];
  private String project;
  private byte[] bytes;
  private long line;

  CommitCursor(Path file, int[] positions, int headerColumns) {
    this.file = file;
    this.positions = positions.clone();
    this.headerColumns = headerColumns;
    int max = 0;
    for (int p : positions) {
      max = Math.max(max, p);
    }
    this.needed = max + 1;
  }

  void point(String project, byte[] lines, int from, int to, long lineNo) {
    this.project = project;
    this.line = lineNo;
    int cells = split(lines, from, to);
    if (cells < needed) {
      throw AtlasException.invalidData(
          file
              + ":"
              + lineNo
              + ": the row has "
              + cells
              + " columns, the header "
              + headerColumns
              + "; compact it again with `ossatlas compact`");
    }
  }

  /** The line of the row in the file, for messages. */
  public long line() {
    return line;
  }

  public String project() {
    return project;
  }

  public String sha() {
    return text(CommitTableFormat.SHA);
  }

  /** The author's pseudonymous key; empty when the source gave no identity. */
  public String authorKey() {
    return text(CommitTableFormat.AUTHOR_KEY);
  }

  public String committerKey() {
    return text(CommitTableFormat.COMMITTER_KEY);
  }

  /** Seconds since the epoch, or {@link CommitTableRow#UNKNOWN_TIME} for an empty cell. */
  public long authorTime() {
    return time(CommitTableFormat.AUTHOR_TIME);
  }

  public long committerTime() {
    return time(CommitTableFormat.COMMITTER_TIME);
  }

  /** Lines added, or {@link CommitTableRow#UNKNOWN_COUNT} for an empty cell. */
  public int additions() {
    return count(CommitTableFormat.ADDITIONS);
  }

  public int deletions() {
    return count(CommitTableFormat.DELETIONS);
  }

  public int filesChanged() {
    return count(CommitTableFormat.FILES_CHANGED);
  }

  public boolean merge() {
    return flag(CommitTableFormat.IS_MERGE);
  }

  public boolean bot() {
    return flag(CommitTableFormat.IS_BOT);
  }

  /** The whole row as a record. */
  public CommitTableRow toRow() {
    return new CommitTableRow(
        project,
        sha(),
        authorKey(),
        authorTime(),
        committerKey(),
        committerTime(),
        additions(),
        deletions(),
        filesChanged(),
        merge(),
        bot());
  }

  private String text(int column) {
    int at = positions[column];
    return new String(bytes, starts[at], ends[at] - starts[at], StandardCharsets.UTF_8);
  }

  private long time(int column) {
    int at = positions[column];
    int length = ends[at] - starts[at];
    if (length == 0) {
      return CommitTableRow.UNKNOWN_TIME;
    }
    try {
      return IsoTimes.parse(bytes, starts[at], length);
    } catch (DateTimeParseException e) {
      throw invalid(column, "'" + text(column) + "' is not an ISO 8601 time");
    }
  }

  private int count(int column) {
    int at = positions[column];
    int from = starts[at];
    int to = ends[at];
    if (from == to) {
      return CommitTableRow.UNKNOWN_COUNT;
    }
    long value = 0;
    for (int i = from; i < to; i++) {
      int c = bytes[i];
      if (i == from && c == '-' && to - from > 1) {
        throw invalid(column, "a count cannot be negative: " + text(column));
      }
      if (c < '0' || c > '9' || to - from > 10) {
        throw invalid(column, "'" + text(column) + "' is not a whole number");
      }
      value = value * 10 + (c - '0');
    }
    if (value > Integer.MAX_VALUE) {
      throw invalid(column, "'" + text(column) + "' is not a whole number");
    }
    return (int) value;
  }

  private boolean flag(int column) {
    int at = positions[column];
    int from = starts[at];
    return ends[at] - from == 4
        && (bytes[from] | 0x20) == 't'
        && (bytes[from + 1] | 0x20) == 'r'
        && (bytes[from + 2] | 0x20) == 'u'
        && (bytes[from + 3] | 0x20) == 'e';
  }

  private AtlasException invalid(int column, String what) {
    return AtlasException.invalidData(
        file
            + ":"
            + line
            + ": "
            + CommitTableFormat.COLUMNS.get(column)
            + ": "
            + what
            + "; compact it again with `ossatlas compact`");
  }

  /** Finds the cells of a line; returns how many there are. */
  private int split(byte[] lines, int from, int to) {
    for (int i = from; i < to; i++) {
      if (lines[i] == '"') {
        return splitQuoted(new String(lines, from, to - from, StandardCharsets.UTF_8));
      }
    }
    bytes = lines;
    int cells = 0;
    int start = from;
    for (int i = from; i <= to; i++) {
      if (i == to || lines[i] == ',') {
        cell(cells++, start, i);
        start = i + 1;
      }
    }
    return cells;
  }

  private void cell(int index, int from, int to) {
    if (index >= starts.length) {
      starts = java.util.Arrays.copyOf(starts, index * 2);
      ends = java.util.Arrays.copyOf(ends, index * 2);
    }
    while (from < to && (bytes[from] == ' ' || bytes[from] == '\t')) {
      from++;
    }
    while (to > from && (bytes[to - 1] == ' ' || bytes[to - 1] == '\t')) {
      to--;
    }
    starts[index] = from;
    ends[index] = to;
  }

  /** RFC 4180 cells of a line with quotes, re-encoded into a private buffer. */
  private int splitQuoted(String text) {
    List<String> cells = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
          cell.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          cell.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        cells.add(cell.toString());
        cell.setLength(0);
      } else {
        cell.append(c);
      }
    }
    cells.add(cell.toString());
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    int[] bounds = new int[cells.size() + 1];
    for (int i = 0; i < cells.size(); i++) {
      bounds[i] = out.size();
      out.writeBytes(cells.get(i).getBytes(StandardCharsets.UTF_8));
    }
    bounds[cells.size()] = out.size();
    bytes = out.toByteArray();
    for (int i = 0; i < cells.size(); i++) {
      cell(i, bounds[i], bounds[i + 1]);
    }
    return cells.size();
  }
}
