package org.ossatlas.analytics;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.ossatlas.analytics.charts.ChartWriter;
import org.ossatlas.analytics.commits.CellLoader;
import org.ossatlas.analytics.depth.DepthMetrics;
import org.ossatlas.analytics.graph.Catalog;
import org.ossatlas.analytics.graph.CatalogReader;
import org.ossatlas.analytics.graph.GraphWriteBack;
import org.ossatlas.analytics.metrics.ActivityCells;
import org.ossatlas.analytics.metrics.Windows;
import org.ossatlas.analytics.output.MetricsFiles;
import org.ossatlas.analytics.series.Granularity;
import org.ossatlas.common.AtlasException;
import org.ossatlas.common.AtomicFiles;
import org.ossatlas.common.Progress;
import org.ossatlas.common.RunLog;
import org.ossatlas.common.StageReport;
import org.ossatlas.common.StageRun;
import org.ossatlas.common.Workspace;
import org.ossatlas.graph.GraphConnection;

/**
 * The {@code analyze} stage: commits and the curated graph in; metrics and series on the graph's
 * nodes, SHARES_CONTRIBUTORS relationships, {@code data/metrics} and {@code data/charts} out. The
 * graph is written in one transaction and each folder is swapped in whole, so a failed or killed
 * run leaves the previous results. {@code site} calls it in the same process as the CLI.
 */
public final class Analyzer {
  public static final String STAGE = "analyze";
  static final String NO_COMMITS = "no commits harvested yet: run make harvest";

  /**
   * What a previous run left in data/metrics and data/charts; any other non-empty folder there is
   * not replaced (a mistyped --data must not delete someone's files).
   */
  private static final Predicate<Path> PREVIOUS_OUTPUT =
      AtomicFiles.holdsOnly(".csv", ".svg", ".gz", ".json");

  private final Clock clock;

  public Analyzer() {
    this(Clock.systemUTC());
  }

  /** The clock only tells commit times from the future apart (bad clocks in git histories). */
  public Analyzer(Clock clock) {
    this.clock = clock;
  }

  public AnalysisReport analyze(
      GraphConnection graph, Workspace workspace, AnalysisOptions options) {
    StageRun run = StageRun.start(STAGE);
    long started = System.nanoTime();
    List<Path> staged = new ArrayList<>();
    try {
      AtomicFiles.requireReplaceable(workspace.metrics(), PREVIOUS_OUTPUT);
      AtomicFiles.requireReplaceable(workspace.charts(), PREVIOUS_OUTPUT);
      AnalysisReport report = run(graph, workspace, options, run, started, staged);
      touchStamp(workspace, report.metricsAsOf());
      return report;
    } catch (RuntimeException e) {
      new RunLog(workspace).append(run.warn(String.valueOf(e.getMessage())).finish(false));
      throw e;
    } catch (OutOfMemoryError e) {
      // Unwinding to here dropped what the run held, so there is room to say what to do.
      AtlasException advice = HeapAdvice.tooSmall(workspace.commits());
      new RunLog(workspace).append(run.warn(advice.getMessage()).finish(false));
      throw advice;
    } finally {
      for (Path p : staged) {
        deleteQuietly(p);
      }
    }
  }

  private AnalysisReport run(
      GraphConnection graph,
      Workspace workspace,
      AnalysisOptions options,
      StageRun run,
      long started,
      List<Path> staged) {
    Catalog catalog = CatalogReader.read(graph);
    List<String> warnings = new ArrayList<>();
    if (catalog.projects().isEmpty()) {
      warnings.add("the graph has no projects: run `ossatlas load` first");
    }
    if (!Files.exists(workspace.commits())) {
      warnings.add(NO_COMMITS);
      run.in("commit rows", 0);
      return withoutCommits(graph, workspace, catalog, run, started, staged, warnings, 0);
    }
    Input input = readCommits(catalog, workspace, options, run, warnings);
    if (input.cells() == null) {
      warnings.add(NO_COMMITS + " (none of the projects in the graph has commits)");
      return withoutCommits(
          graph, workspace, catalog, run, started, staged, warnings, input.rowsRead());
    }
    Windows windows = new Windows(input.asOf());
    Results results;
    try (Progress progress = Progress.start("analyze", 6)) {
      results = Results.compute(catalog, input.cells(), windows, progress);
      run.phase("metrics");
      progress.message("files");
      Path metricsDir = staging(workspace.metrics(), staged);
      int series = MetricsFiles.write(metricsDir, results.all(), windows.label());
      DepthMetrics depth = DepthMetrics.compute(graph, workspace, catalog, windows);
      depth.writeFiles(metricsDir);
      run.phase("files");
      progress.step();
      progress.message("charts");
      Path chartsDir = staging(workspace.charts(), staged);
      ChartWriter.Stats charts =
          new ChartWriter(chartsDir, windows.asOfMonth(), windows.label())
              .write(results.projects(), results.groups());
      run.phase("charts");
      progress.step();
      progress.message("graph");
      GraphWriteBack.write(
          graph, depth.addTo(results.nodeProperties(windows.label())), results.idLinks());
      depth.writeEvidence(graph);
      AtomicFiles.replaceDirectory(metricsDir, workspace.metrics(), PREVIOUS_OUTPUT);
      AtomicFiles.replaceDirectory(chartsDir, workspace.charts(), PREVIOUS_OUTPUT);
      progress.step();
      run.out("commits analysed", input.analyzed())
          .out("series", series)
          .out("charts", charts.charts())
          .out("links", results.links().size());
      StageReport stage = run.finish(true);
      new RunLog(workspace).append(stage);
      return new AnalysisReport(
          windows.label(),
          input.rowsRead(),
          input.analyzed(),
          catalog.projects().size(),
          results.projects().seriesByEntity().size(),
          catalog.categories().size(),
          catalog.backers().size(),
          series,
          charts.charts(),
          charts.bytes(),
          results.links().size(),
          Duration.ofNanos(System.nanoTime() - started),
          List.copyOf(warnings),
          stage);
    }
  }

  /** What the rest of the run needs from the commits; {@code cells} null when there are none. */
  private record Input(long rowsRead, long analyzed, YearMonth asOf, ActivityCells cells) {}

  /**
   * Streams the commits into cells (memory grows with the cells, not the commits) and cuts them at
   * metrics_as_of.
   */
  private Input readCommits(
      Catalog catalog,
      Workspace workspace,
      AnalysisOptions options,
      StageRun run,
      List<String> warnings) {
    CellLoader.Loaded loaded =
        new CellLoader(
                catalog.projectIds(), clock.instant(), Runtime.getRuntime().availableProcessors())
            .load(workspace.commits());
    run.in("commit rows", loaded.rowsRead());
    run.phase("read commits");
    describeSkipped(loaded, run, warnings);
    Optional<YearMonth> asOf = options.asOf().or(loaded::lastCompleteMonth);
    long total = loaded.cells().commits();
    if (asOf.isEmpty()) {
      return new Input(loaded.rowsRead(), 0, null, null);
    }
    ActivityCells cells = loaded.cells().upTo(Granularity.month(asOf.get()));
    long analyzed = cells.commits();
    if (total > analyzed) {
      run.skip((total - analyzed) + " commits", "authored after metrics_as_of " + asOf.get());
    }
    return new Input(loaded.rowsRead(), analyzed, asOf.get(), cells);
  }

  /** Without commits: computed properties and links removed, empty folders, a warning. */
  private AnalysisReport withoutCommits(
      GraphConnection graph,
      Workspace workspace,
      Catalog catalog,
      StageRun run,
      long started,
      List<Path> staged,
      List<String> warnings,
      long rowsRead) {
    warnings.forEach(run::warn);
    Path metricsDir = staging(workspace.metrics(), staged);
    Path chartsDir = staging(workspace.charts(), staged);
    GraphWriteBack.clear(graph);
    AtomicFiles.replaceDirectory(metricsDir, workspace.metrics(), PREVIOUS_OUTPUT);
    AtomicFiles.replaceDirectory(chartsDir, workspace.charts(), PREVIOUS_OUTPUT);
    run.out("series", 0).out("charts", 0);
    StageReport stage = run.finish(true);
    new RunLog(workspace).append(stage);
    return new AnalysisReport(
        null,
        rowsRead,
        0,
        catalog.projects().size(),
        0,
        catalog.categories().size(),
        catalog.backers().size(),
        0,
        0,
        0,
        0,
        Duration.ofNanos(System.nanoTime() - started),
        List.copyOf(warnings),
        stage);
  }

  private static void describeSkipped(
      CellLoader.Loaded loaded, StageRun run, List<String> warnings) {
    if (!loaded.unknownProjects().isEmpty()) {
      long rows = loaded.unknownProjects().values().stream().mapToLong(Long::longValue).sum();
      List<String> some = loaded.unknownProjects().keySet().stream().limit(5).toList();
      warnings.add(
          rows
              + " commit rows of "
              + loaded.unknownProjects().size()
              + " projects not in the graph were skipped ("
              + String.join(", ", some)
              + (loaded.unknownProjects().size() > some.size() ? ", ..." : "")
              + ")");
      loaded.unknownProjects().forEach((p, n) -> run.skip(p, n + " commit rows: not in the graph"));
    }
    if (loaded.rowsWithoutTime() > 0) {
      warnings.add(loaded.rowsWithoutTime() + " commit rows without any time were skipped");
    }
    warnings.forEach(run::warn);
  }

  /**
   * A fresh sibling folder for the new tree, removed again if the run fails; those a killed run
   * left behind are removed first.
   */
  private static Path staging(Path target, List<Path> staged) {
    try {
      Path parent = target.toAbsolutePath().getParent();
      Files.createDirectories(parent);
      String prefix = "." + target.getFileName() + "-";
      try (DirectoryStream<Path> old = Files.newDirectoryStream(parent, prefix + "*")) {
        for (Path leftover : old) {
          AtomicFiles.deleteRecursively(leftover);
        }
      }
      Path dir = Files.createTempDirectory(parent, prefix);
      staged.add(dir);
      return dir;
    } catch (IOException e) {
      throw new UncheckedIOException("could not create a folder next to " + target, e);
    }
  }

  private static void touchStamp(Workspace workspace, String asOf) {
    AtomicFiles.writeString(
        workspace.stamps().resolve("analyze.done"), (asOf == null ? "" : asOf) + "\n");
  }

  private static void deleteQuietly(Path dir) {
    try {
      AtomicFiles.deleteRecursively(dir);
    } catch (IOException e) {
      // A staging folder left behind is hidden and removed by nothing worse than disk space.
    }
  }
}
