package org.ossatlas.cli;

import org.ossatlas.analytics.AnalysisOptions;
import org.ossatlas.analytics.AnalysisReport;
import org.ossatlas.analytics.Analyzer;
import org.ossatlas.common.ExitCode;
import org.ossatlas.common.Reconciliation;
import org.ossatlas.graph.GraphConnection;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** Compute metrics and charts, and write the metrics back to the graph. */
@Command(
    name = "analyze",
    description = {
      "Compute metrics and charts from DATA/commits.csv.gz and the graph: metrics and monthly"
          + " series onto the graph's nodes, DATA/metrics/ (CSV) and DATA/charts/ (SVG).",
      "Without harvested commits it clears the computed metrics and warns."
    })
final class AnalyzeCommand extends AtlasSubcommand {
  @Mixin AnalysisWindow window;

  @Override
  public Integer call() {
    AnalysisOptions options = window.options();
    AnalysisReport report;
    try (GraphConnection graph = GraphConnection.open(neo4jSettings())) {
      report = new Analyzer().analyze(graph, workspace(), options);
    }
    report.summaryLines().forEach(out()::println);
    report.warnings().forEach(w -> err().println("warning: " + w));
    Reconciliation checks = RunLogChecks.afterAnalyze(workspace(), report);
    checks.checked().forEach(line -> out().println("reconciled: " + line));
    checks.throwIfMismatched();
    return ExitCode.OK;
  }
}
