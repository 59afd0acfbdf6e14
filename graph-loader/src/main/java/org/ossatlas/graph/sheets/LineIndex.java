package org.ossatlas.graph.sheets;

import java.util.Arrays;

/**
 * Maps a character offset in a text to its 1-based physical line, so that a record's line stays
 * right after quoted values that span lines. CRLF, LF and a lone CR each end a line.
 */
final class LineIndex {
  private final int[] starts;

  LineIndex(String text) {
    int[] found = new int[16];
    int count = 1;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean lineEnd =
          c == '\n' || (c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n'));
      if (lineEnd) {
        if (count == found.length) {
          found = Arrays.copyOf(found, count * 2);
        }
        found[count++] = i + 1;
      }
    }
    this.starts = Arrays.copyOf(found, count);
  }

  long lineOf(long offset) {
    int at = Arrays.binarySearch(starts, (int) offset);
    return at >= 0 ? at + 1 : -at - 1;
  }
}
