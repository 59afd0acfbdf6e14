package org.ossatlas.common.commits;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The commit table {@code data/commits.csv.gz}: its columns, its format version and the lines that
 * open it. This is the one place the columns are spelled out; {@link CommitTableWriter} writes the
 * table and {@link CommitTableReader} reads it (docs/compaction.md).
 *
 * <p>Format 1 (until 2026-12) opened with the header line. Format 2 adds a first line {@value
 * #VERSION_PREFIX}{@code 2} before the same header, so that a later change of the columns has a
 * version to branch on. Readers accept both.
 */
public final class CommitTableFormat {
  /** The version this build writes. */
  public static final int VERSION = 2;

  /** The first line of a versioned table is this prefix and the version number. */
  public static final String VERSION_PREFIX = "# ossatlas commit table, format ";

  private static final Pattern VERSION_LINE =
      Pattern.compile("^" + Pattern.quote(VERSION_PREFIX) + "(\\d{1,6})$");

  /** The columns, in the order they are written. */
  public static final List<String> COLUMNS =
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

  // Column positions in COLUMNS, for the reader and writer.
  static final int PROJECT = 0;
  static final int SHA = 1;
  static final int AUTHOR_KEY = 2;
  static final int AUTHOR_TIME = 3;
  static final int COMMITTER_KEY = 4;
  static final int COMMITTER_TIME = 5;
  static final int ADDITIONS = 6;
  static final int DELETIONS = 7;
  static final int FILES_CHANGED = 8;
  static final int IS_MERGE = 9;
  static final int IS_BOT = 10;

  /** The header line, without its newline. */
  public static final String HEADER = String.join(",", COLUMNS);

  private CommitTableFormat() {}

  /** The version line this build writes, without its newline. */
  public static String versionLine() {
    return VERSION_PREFIX + VERSION;
  }

  /** The lines every table written now starts with: the version line and the header. */
  public static String preamble() {
    return versionLine() + "\n" + HEADER + "\n";
  }

  /**
   * The version a first line announces: its number for a version line, 1 for a table that starts
   * with its header (format 1 had no version line), -1 for a line that is neither.
   */
  static int versionOf(String firstLine) {
    Matcher m = VERSION_LINE.matcher(firstLine);
    if (m.matches()) {
      return Integer.parseInt(m.group(1));
    }
    return firstLine.startsWith("#") ? -1 : 1;
  }
}
