package org.ossatlas.graph.sheets;

/** How bad a problem is: errors stop a load, warnings are cleaned up and reported. */
public enum Severity {
  ERROR,
  WARNING;

  String label() {
    return this == ERROR ? "error" : "warning";
  }
}
