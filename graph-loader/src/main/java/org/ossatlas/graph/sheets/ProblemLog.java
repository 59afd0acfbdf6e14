package org.ossatlas.graph.sheets;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.ossatlas.common.TerminalText;

/** Collects problems while the sheets are read; hands them out sorted by file, then line. */
final class ProblemLog {
  private final List<Problem> problems = new ArrayList<>();

  void error(Origin at, String column, String message, String hint) {
    add(at, column, Severity.ERROR, message, hint);
  }

  void error(Origin at, String column, String message) {
    error(at, column, message, null);
  }

  void warning(Origin at, String column, String message, String hint) {
    add(at, column, Severity.WARNING, message, hint);
  }

  /**
   * Messages quote cell values; every unprintable character in them is escaped here, once, so no
   * output format (terminal, GitHub annotations) echoes a terminal escape or an RTL override.
   */
  private void add(Origin at, String column, Severity severity, String message, String hint) {
    problems.add(
        new Problem(
            at.file(),
            at.line(),
            TerminalText.escape(column),
            severity,
            TerminalText.escape(message),
            TerminalText.escape(hint)));
  }

  /** Sorted by file then line; problems on one line keep the order they were found in. */
  List<Problem> sorted() {
    return problems.stream()
        .sorted(Comparator.comparing(Problem::file).thenComparingLong(Problem::line))
        .toList();
  }
}
