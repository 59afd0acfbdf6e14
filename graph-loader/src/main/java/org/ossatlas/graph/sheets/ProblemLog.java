package org.ossatlas.graph.sheets;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Collects problems while the sheets are read; hands them out sorted by file, then line. */
final class ProblemLog {
  private final List<Problem> problems = new ArrayList<>();

  void error(Origin at, String column, String message, String hint) {
    problems.add(new Problem(at.file(), at.line(), column, Severity.ERROR, message, hint));
  }

  void error(Origin at, String column, String message) {
    error(at, column, message, null);
  }

  void warning(Origin at, String column, String message, String hint) {
    problems.add(new Problem(at.file(), at.line(), column, Severity.WARNING, message, hint));
  }

  /** Sorted by file then line; problems on one line keep the order they were found in. */
  List<Problem> sorted() {
    return problems.stream()
        .sorted(Comparator.comparing(Problem::file).thenComparingLong(Problem::line))
        .toList();
  }
}
