package org.ossatlas.cli;

import java.util.List;
import java.util.Locale;
import org.ossatlas.analytics.AnalysisReport;
import org.ossatlas.analytics.Analyzer;
import org.ossatlas.common.ExitCode;
import org.ossatlas.common.Reconciliation;
import org.ossatlas.graph.GraphConnection;
import org.ossatlas.graph.load.LoadSummary;
import org.ossatlas.graph.sheets.ValidationResult;
import org.ossatlas.site.SiteOptions;
import org.ossatlas.site.SiteReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

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
  @Mixin AnalysisWindow window;

  @Mixin RenderOptions render;

  @Override
  public Integer call() {
    long started = System.nanoTime();
    SiteOptions siteOptions = render.siteOptions();
    LoadStage loadStage = new LoadStage(workspace(), out(), err());
    ValidationResult validation = loadStage.validate();
    if (validation.hasErrors()) {
      return ExitCode.DATA_ERR;
    }
    try (GraphConnection graph = GraphConnection.open(neo4jSettings())) {
      LoadSummary load = loadStage.load(graph, validation);
      AnalysisReport analysis = new Analyzer().analyze(graph, workspace(), window.options());
      analysis.summaryLines().forEach(out()::println);
      analysis.warnings().forEach(w -> err().println("warning: " + w));
      SiteReport site = new RenderStage(workspace(), out(), err()).render(graph, siteOptions);
      for (Reconciliation checks :
          List.of(
              RunLogChecks.afterAnalyze(workspace(), analysis),
              StageChecks.reconcile(graph, load, analysis, site))) {
        checks.checked().forEach(line -> out().println("reconciled: " + line));
        checks.throwIfMismatched();
      }
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
