package org.ossatlas.analytics;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.ossatlas.common.StageReport;

/**
 * What {@code analyze} did, for the command's summary and for {@code site}.
 *
 * @param metricsAsOf YYYY-MM, null when there were no commits to analyze
 * @param commitRows rows read from commits.csv.gz
 * @param commitsAnalyzed commits of graph projects up to metrics_as_of
 * @param projectsWithCommits projects with at least one commit analyzed
 * @param series series CSV files written
 * @param chartBytes total size of the charts
 * @param links SHARES_CONTRIBUTORS relationships written
 */
public record AnalysisReport(
    String metricsAsOf,
    long commitRows,
    long commitsAnalyzed,
    int projects,
    int projectsWithCommits,
    int categories,
    int backers,
    int series,
    int charts,
    long chartBytes,
    int links,
    Duration elapsed,
    List<String> warnings,
    StageReport stage) {

  /** The summary a command prints: what went in, what came out, how long it took. */
  public List<String> summaryLines() {
    String seconds = String.format(Locale.ROOT, "%.1f s", elapsed.toMillis() / 1000.0);
    if (metricsAsOf == null) {
      return List.of(
          String.format(
              Locale.ROOT,
              "analyze: no commits analyzed (%,d rows read); computed metrics cleared from %d"
                  + " projects, %d categories, %d backers in %s",
              commitRows,
              projects,
              categories,
              backers,
              seconds));
    }
    return List.of(
        String.format(
            Locale.ROOT,
            "analyze: %,d commits analyzed of %,d rows read, metrics as of %s",
            commitsAnalyzed,
            commitRows,
            metricsAsOf),
        String.format(
            Locale.ROOT,
            "  %d projects (%d with commits), %d categories, %d backers",
            projects,
            projectsWithCommits,
            categories,
            backers),
        String.format(
            Locale.ROOT,
            "  %d series, %d charts (%.1f MiB), %d SHARES_CONTRIBUTORS links in %s",
            series,
            charts,
            chartBytes / (1024.0 * 1024.0),
            links,
            seconds),
        "  phases: " + phases());
  }

  /** Each phase's time, in the order they ran: where the time went. */
  String phases() {
    StringBuilder line = new StringBuilder();
    stage
        .phaseMillis()
        .forEach(
            (name, millis) ->
                line.append(line.length() == 0 ? "" : ", ")
                    .append(name)
                    .append(' ')
                    .append(String.format(Locale.ROOT, "%.1f s", millis / 1000.0)));
    return line.toString();
  }
}
