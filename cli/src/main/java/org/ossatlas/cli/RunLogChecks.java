package org.ossatlas.cli;

import org.ossatlas.analytics.AnalysisReport;
import org.ossatlas.common.Reconciliation;
import org.ossatlas.common.Reconciliation.Count;
import org.ossatlas.common.RunLog;
import org.ossatlas.common.Workspace;

/**
 * The cross-stage counts when the stages run as separate processes ({@code make site}): each stage
 * checks its own input against what the previous stage reported in the run log. A stage with
 * nothing on record (a commit table copied in by hand, a first run) is not checked, and says so.
 */
final class RunLogChecks {
  private RunLogChecks() {}

  /** {@code analyze} read exactly the rows the last {@code compact} wrote. */
  static Reconciliation afterAnalyze(Workspace workspace, AnalysisReport analysis) {
    Reconciliation checks = new Reconciliation();
    new RunLog(workspace)
        .lastSucceeded("compact")
        .map(compact -> compact.out().get("rows"))
        .ifPresent(
            rows ->
                checks.expectEqual(
                    new Count("compact", "rows written to commits.csv.gz", rows),
                    new Count("analyze", "rows read from commits.csv.gz", analysis.commitRows())));
    return checks;
  }

  /** The commits on the graph's projects are those the last {@code analyze} counted. */
  static Reconciliation beforeRender(Workspace workspace, long graphCommits) {
    Reconciliation checks = new Reconciliation();
    new RunLog(workspace)
        .lastSucceeded("analyze")
        .map(analyze -> analyze.out().get("commits analysed"))
        .ifPresent(
            analysed ->
                checks.expectEqual(
                    new Count("analyze", "commits analysed", analysed),
                    new Count("graph", "commits + bot_commits of projects", graphCommits)));
    return checks;
  }
}
