package org.ossatlas.graph.sheets;

import java.util.List;

/**
 * Everything validation found, sorted by file then line, and the sheets as read (values trimmed;
 * consistent only when {@link #hasErrors()} is false).
 */
public record ValidationResult(List<Problem> problems, CuratedSheets sheets, int files) {

  public ValidationResult {
    problems = List.copyOf(problems);
  }

  public boolean hasErrors() {
    return problems.stream().anyMatch(Problem::isError);
  }

  public long errorCount() {
    return problems.stream().filter(Problem::isError).count();
  }

  public long warningCount() {
    return problems.size() - errorCount();
  }

  /** {@code 2 errors, 1 warning in 6 files}. */
  public String summary() {
    return plural(errorCount(), "error")
        + ", "
        + plural(warningCount(), "warning")
        + " in "
        + plural(files, "file");
  }

  private static String plural(long n, String word) {
    return n + " " + word + (n == 1 ? "" : "s");
  }
}
