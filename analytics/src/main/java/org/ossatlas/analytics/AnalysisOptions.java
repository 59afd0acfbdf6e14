package org.ossatlas.analytics;

import java.time.YearMonth;
import java.util.Optional;

/**
 * How to analyze: {@code asOf} fixes metrics_as_of (the last month counted) for reproducible
 * figures; empty, it is the last complete month of the data.
 */
public record AnalysisOptions(Optional<YearMonth> asOf) {
  public static AnalysisOptions defaults() {
    return new AnalysisOptions(Optional.empty());
  }

  public static AnalysisOptions asOf(YearMonth month) {
    return new AnalysisOptions(Optional.of(month));
  }
}
