package org.ossatlas.bench;

import java.util.ArrayList;
import java.util.List;
import org.ossatlas.analytics.AnalysisOptions;
import org.ossatlas.analytics.AnalysisReport;
import org.ossatlas.analytics.Analyzer;

/**
 * {@code analyze} on the generated history beside DuckDB computing the same monthly series from the
 * same file. Ours does more (every metric, charts, graph write-back), so the ratio is a floor.
 */
final class AnalyticsVsDuckDb implements Benchmark {

  @Override
  public String name() {
    return "analytics";
  }

  @Override
  public List<Comparison> run(BenchContext context) throws Exception {
    try (BenchGraph bench = BenchGraph.open(context)) {
      AnalysisReport[] last = new AnalysisReport[1];
      double ours =
          Timing.medianSeconds(
              context.repetitions(),
              () ->
                  last[0] =
                      new Analyzer()
                          .analyze(bench.graph, bench.workspace, AnalysisOptions.defaults()));
      DuckDbBaseline.Totals[] duck = new DuckDbBaseline.Totals[1];
      double baseline =
          Timing.medianSeconds(
              context.repetitions(),
              () -> duck[0] = DuckDbBaseline.monthly(bench.workspace.commits()));
      AnalysisReport report = last[0];
      List<Comparison> rows = new ArrayList<>();
      rows.add(
          new Comparison(
              "analyze",
              "whole stage on " + report.commitRows() + " commits",
              ours,
              "DuckDB monthly series",
              baseline,
              "s",
              false));
      rows.add(
          new Comparison(
              "analyze",
              "commits per second",
              report.commitRows() / ours,
              "DuckDB",
              report.commitRows() / baseline,
              "commits/s",
              true));
      rows.add(
          Comparison.alone(
              "analyze",
              "peak heap (sum of pool peaks)",
              report.stage().peakHeapBytes() / 1048576.0,
              "MiB"));
      rows.add(Comparison.alone("analyze", "charts drawn", report.charts(), "charts"));
      System.out.println(
          "   DuckDB totals " + duck[0] + "; ours analysed " + report.commitsAnalyzed());
      return rows;
    }
  }
}
