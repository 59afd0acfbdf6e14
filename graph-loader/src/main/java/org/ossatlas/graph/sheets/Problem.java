package org.ossatlas.graph.sheets;

/**
 * One thing wrong in a curated sheet, located by file, physical line (where the record starts; 0
 * for the whole file) and column header name ({@code *} for the whole row or file).
 *
 * @param hint what to do about it, or null when the message says it all
 */
public record Problem(
    String file, long line, String column, Severity severity, String message, String hint) {

  /** Column value for problems about a whole row or file. */
  public static final String WHOLE_ROW = "*";

  public boolean isError() {
    return severity == Severity.ERROR;
  }

  /** {@code FILE:LINE: COLUMN: error|warning: message (hint)}, the line printed to users. */
  public String format() {
    StringBuilder s =
        new StringBuilder()
            .append(file)
            .append(':')
            .append(line)
            .append(": ")
            .append(column)
            .append(": ")
            .append(severity.label())
            .append(": ")
            .append(message);
    if (hint != null) {
      s.append(" (").append(hint).append(')');
    }
    return s.toString();
  }

  @Override
  public String toString() {
    return format();
  }
}
