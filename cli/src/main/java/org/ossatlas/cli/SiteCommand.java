package org.ossatlas.cli;

import java.time.YearMonth;
import java.util.Locale;
import java.util.Optional;
import org.ossatlas.analytics.AnalysisOptions;
import org.ossatlas.analytics.AnalysisReport;
import org.ossatlas.analytics.Analyzer;
import org.ossatlas.common.ExitCode;
import org.ossatlas.common.Reconciliation;
import org.ossatlas.graph.GraphConnection;
import org.ossatlas.graph.load.LoadSummary;
import org.ossatlas.graph.sheets.ValidationResult;
import org.ossatlas.site.SiteBuilder;
import org.ossatlas.site.SiteOptions;
import org.ossatlas.site.SiteReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The monthly pipeline in one process and one graph connection: validate, load, analyze, render,
 * then reconcile the counts across the stages. Any stage failing stops the run; the site folder is
 * only replaced by a complete, checked site.
 */
@Command(
    name = "site",
    description = {
      "Validate, load, analyze and render in one process, then check that the counts agree"
          + " across the stages (sheets, graph, analytics, pages).",
      "Invalid sheets stop it before the graph is touched (exit 65)."
    })
final class SiteCommand extends AtlasSubcommand {
  @Option(
      names = "--as-of",
      paramLabel = "YYYY-MM",
      description = "The last month counted by the analytics (default: the last complete month).")
  YearMonth asOf;

  @Option(
      names = "--base-url",
      paramLabel = "URL",
      defaultValue = SiteOptions.DEFAULT_BASE_URL,
      description = "Public URL of the site, for canonical links, the sitemap and the feed.")
  String baseUrl;

  @Override
  public Integer call() {
    long started = System.nanoTime();
    SiteOptions siteOptions = new SiteOptions(baseUrl, null);
    LoadStage loadStage = new LoadStage(workspace(), out(), err());
    ValidationResult validation = loadStage.validate();
    if (validation.hasErrors()) {
      return ExitCode.DATA_ERR;
    }
    try (GraphConnection graph = GraphConnection.open(neo4jSettings())) {
      LoadSummary load = loadStage.load(graph, validation);
      AnalysisReport analysis =
          new Analyzer()
              .analyze(graph, workspace(), new AnalysisOptions(Optional.ofNullable(asOf)));
      analysis.summaryLines().forEach(out()::println);
      analysis.warnings().forEach(w -> err().println("warning: " + w));
      SiteReport site = SiteBuilder.build(graph, workspace(), siteOptions);
      out()
          .printf(
              Locale.ROOT,
              "render: %d pages, %d files into %s in %.1f s (%.0f pages/s)%n",
              site.pages(),
              site.files(),
              site.out(),
              site.millis() / 1000.0,
              site.pagesPerSecond());
      Reconciliation checks = StageChecks.reconcile(graph, load, analysis, site);
      checks.checked().forEach(line -> out().println("reconciled: " + line));
      checks.throwIfMismatched();
    }
    out()
        .printf(
            Locale.ROOT,
            "site: done in %.1f s; open %s%n",
            (System.nanoTime() - started) / 1e9,
            workspace().out().resolve("index.html"));
    return ExitCode.OK;
  }
}
