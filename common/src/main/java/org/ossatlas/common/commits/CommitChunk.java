package org.ossatlas.common.commits;

import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

/**
 * Consecutive rows of one project, as read from the table but not parsed yet: a reader thread cuts
 * chunks, and any thread can {@link #parse} them (with its own {@link CommitCursor}).
 */
public final class CommitChunk {
  private final String project;
  private final byte[] lines;
  private final int length;
  private final int rows;
  private final long firstLine;

  CommitChunk(String project, byte[] lines, int length, int rows, long firstLine) {
    this.project = project;
    this.lines = lines;
    this.length = length;
    this.rows = rows;
    this.firstLine = firstLine;
  }

  /** The project id every row of the chunk has. */
  public String project() {
    return project;
  }

  /** Rows in the chunk (blank lines are not rows). */
  public int rows() {
    return rows;
  }

  /** The line number of the first row in the file. */
  public long firstLine() {
    return firstLine;
  }

  /** Bytes of lines held: what the chunk costs in memory, give or take its header. */
  public int bytes() {
    return length;
  }

  /**
   * Parses the rows in order, pointing {@code cursor} at each and handing it to {@code visitor}.
   */
  public void parse(CommitCursor cursor, Consumer<CommitCursor> visitor) {
    long lineNo = firstLine;
    int start = 0;
    while (start < length) {
      int end = start;
      while (lines[end] != '\n') {
        end++;
      }
      int stop = end > start && lines[end - 1] == '\r' ? end - 1 : end;
      if (!blank(start, stop)) {
        cursor.point(project, lines, start, stop, lineNo);
        visitor.accept(cursor);
      }
      lineNo++;
      start = end + 1;
    }
  }

  private boolean blank(int from, int to) {
    for (int i = from; i < to; i++) {
      if (lines[i] != ' ' && lines[i] != '\t') {
        return false;
      }
    }
    return true;
  }

  /** Where the project cell of a line ends (a quoted one ends after its closing quote). */
  static int projectEnd(byte[] line, int end) {
    if (end > 0 && line[0] == '"') {
      int i = 1;
      while (i < end) {
        if (line[i] == '"') {
          if (i + 1 < end && line[i + 1] == '"') {
            i += 2;
            continue;
          }
          return i + 1;
        }
        i++;
      }
      return end;
    }
    int i = 0;
    while (i < end && line[i] != ',') {
      i++;
    }
    return i;
  }

  /** The project id of a project cell: unquoted and stripped. */
  static String projectId(byte[] cell, int length) {
    String text = new String(cell, 0, length, StandardCharsets.UTF_8).strip();
    if (text.length() >= 2 && text.startsWith("\"") && text.endsWith("\"")) {
      text = text.substring(1, text.length() - 1).replace("\"\"", "\"").strip();
    }
    return text;
  }
}
