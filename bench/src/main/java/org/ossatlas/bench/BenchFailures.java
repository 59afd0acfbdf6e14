package org.ossatlas.bench;

import java.util.ArrayList;
import java.util.List;

/**
 * Figures over a hard limit (the host's file count, page sizes): reported with the table, then the
 * bench run exits 1. Tests never assert speed or size; the bench does.
 */
final class BenchFailures {
  private static final List<String> FAILURES = new ArrayList<>();

  private BenchFailures() {}

  static synchronized void add(String failure) {
    FAILURES.add(failure);
  }

  static synchronized List<String> all() {
    return List.copyOf(FAILURES);
  }
}
