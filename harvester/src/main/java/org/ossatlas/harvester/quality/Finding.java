package org.ossatlas.harvester.quality;

/** One thing a data-quality rule found, for one project (or {@code *} for the whole data set). */
public record Finding(String rule, Severity severity, String project, String message) {

  /** Errors fail the run; warnings are reported and the run goes on. */
  public enum Severity {
    WARNING,
    ERROR
  }

  public String format() {
    return severity.name().toLowerCase(java.util.Locale.ROOT)
        + ": "
        + rule
        + ": "
        + project
        + ": "
        + message;
  }
}
