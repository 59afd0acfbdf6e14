package org.ossatlas.cli;

import java.time.YearMonth;
import java.util.Optional;
import org.ossatlas.analytics.AnalysisOptions;
import picocli.CommandLine.Option;

/** {@code --as-of}: the window the analytics count, shared by {@code analyze} and {@code site}. */
final class AnalysisWindow {
  @Option(
      names = "--as-of",
      paramLabel = "YYYY-MM",
      description =
          "The last month counted (metrics_as_of), for reproducible figures. Default: the last"
              + " complete month of the data.")
  YearMonth asOf;

  AnalysisOptions options() {
    return new AnalysisOptions(Optional.ofNullable(asOf));
  }
}
