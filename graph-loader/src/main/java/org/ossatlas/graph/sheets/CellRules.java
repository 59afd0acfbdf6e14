package org.ossatlas.graph.sheets;

import java.util.Set;
import org.ossatlas.common.TerminalText;

/**
 * Rules every cell obeys whatever its column: a size limit (a 1 MB Markdown cell would keep the
 * Markdown parser busy for minutes and make a huge page) and no control characters (a NUL or ESC in
 * a name makes the feed ill-formed XML and can drive a terminal). Line breaks and tabs are allowed
 * only in the columns that are prose.
 */
final class CellRules {
  /** Markdown descriptions: long enough for several paragraphs, short enough to parse at once. */
  static final int MAX_PROSE = 10_000;

  /** Every other cell: names, URLs, id lists. */
  static final int MAX_CELL = 2_000;

  private static final Set<String> PROSE = Set.of("description", "title");

  private CellRules() {}

  /**
   * Reports what breaks the rules at {@code at} and returns the value to keep: cut to its limit
   * when too long (the row is invalid anyway; the cut keeps later checks linear).
   */
  static String check(Origin at, String column, String value, ProblemLog log) {
    boolean prose = PROSE.contains(column);
    int limit = prose ? MAX_PROSE : MAX_CELL;
    String kept = value;
    if (value.length() > limit) {
      log.error(
          at,
          column,
          "the value is " + value.length() + " characters long; the limit is " + limit,
          prose ? "shorten the text; link to the project's own documentation" : "shorten it");
      kept = value.substring(0, limit);
    }
    for (int i = 0; i < kept.length(); i++) {
      char c = kept.charAt(i);
      if (TerminalText.isControl(c) && !(prose && (c == '\n' || c == '\r' || c == '\t'))) {
        log.error(
            at,
            column,
            String.format("control character \\x%02x at position %d", (int) c, i + 1),
            prose
                ? "remove it; only line breaks and tabs are allowed here"
                : "remove it; this column takes a single line of text");
        break;
      }
    }
    return kept;
  }
}
