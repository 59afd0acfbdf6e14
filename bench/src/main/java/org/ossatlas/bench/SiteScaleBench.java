package org.ossatlas.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.ossatlas.analytics.AnalysisOptions;
import org.ossatlas.analytics.Analyzer;
import org.ossatlas.common.AtomicFiles;
import org.ossatlas.common.Workspace;
import org.ossatlas.graph.GraphConnection;
import org.ossatlas.graph.Neo4jSettings;
import org.ossatlas.graph.load.GraphLoader;
import org.ossatlas.site.SiteBuilder;
import org.ossatlas.site.SiteOptions;
import org.ossatlas.site.SiteReport;

/**
 * The site at 1,000 and 10,000 projects against Cloudflare Pages' free plan (at most 20,000 files,
 * none over 25 MiB; and no HTML page over 2 MiB, nor a first search over 500 KB, for speed), and
 * the incremental render: one project's description edited, the site rendered again. A figure over
 * its limit fails the bench run (not the tests). The histories are short ({@value
 * #COMMITS_PER_PROJECT} commits a project): the site's size depends on the projects, not on the
 * commits behind each chart.
 */
final class SiteScaleBench implements Benchmark {
  static final int COMMITS_PER_PROJECT = 100;
  static final long MAX_FILES = 20_000;
  static final long MAX_FILE = 25L << 20;
  static final long MAX_PAGE = 2L << 20;
  static final long MAX_FIRST_SEARCH = 500_000;

  @Override
  public String name() {
    return "site-scale";
  }

  @Override
  public List<Comparison> run(BenchContext context) throws Exception {
    List<Comparison> rows = new ArrayList<>();
    for (int projects : sizes(context)) {
      rows.addAll(measure(context, projects));
    }
    return rows;
  }

  static List<Integer> sizes(BenchContext context) {
    return context.scale() == BenchContext.Scale.FULL
        ? List.of(1_000, 10_000)
        : List.of(context.scale().projects);
  }

  private static List<Comparison> measure(BenchContext context, int projects) throws Exception {
    Path root = context.workDir().resolve("site-scale-" + projects);
    Workspace ws =
        new Workspace(root.resolve("sheets"), root.resolve("data"), root.resolve("site-out"));
    if (!java.nio.file.Files.exists(ws.sheets().resolve("projects.csv"))) {
      SyntheticSheets.write(ws.sheets(), projects, 42);
    }
    if (!java.nio.file.Files.exists(ws.commits())) {
      SyntheticCommits.write(ws.commits(), projects, (long) projects * COMMITS_PER_PROJECT, 42);
    }
    AtomicFiles.deleteRecursively(ws.graphStore());
    AtomicFiles.deleteRecursively(ws.out());
    String at = String.format("%,d projects", projects);
    List<Comparison> rows = new ArrayList<>();
    try (GraphConnection graph = GraphConnection.open(Neo4jSettings.embedded(ws.graphStore(), 0))) {
      if (!GraphLoader.validateAndLoad(graph, ws.sheets()).loaded()) {
        throw new IllegalStateException("generated sheets do not validate");
      }
      System.out.println("   " + at + ": analyzing …");
      new Analyzer().analyze(graph, ws, AnalysisOptions.defaults());
      long start = System.nanoTime();
      SiteReport first = SiteBuilder.build(graph, ws, SiteOptions.defaults());
      double full = (System.nanoTime() - start) / 1e9;
      System.out.println("   " + at + ": first render " + first.phases());
      SiteFiles site = SiteFiles.of(ws.out());

      graph.write(
          tx ->
              tx.run(
                      "MATCH (p:Project {id: $id}) SET p.description = p.description + $more",
                      Map.of("id", SyntheticCommits.projectId(1), "more", " Edited once."))
                  .consume());
      start = System.nanoTime();
      SiteReport again = SiteBuilder.build(graph, ws, SiteOptions.defaults());
      double incremental = (System.nanoTime() - start) / 1e9;
      System.out.println("   " + at + ": after one edit " + again.phases());

      rows.add(limit(at + ": files in the site", site.files(), MAX_FILES, "files"));
      rows.add(limit(at + ": largest file", site.largestFile() / 1024.0, MAX_FILE / 1024.0, "KiB"));
      rows.add(
          limit(at + ": largest HTML page", site.largestPage() / 1024.0, MAX_PAGE / 1024.0, "KiB"));
      rows.add(
          limit(
              at + ": first search downloads at most",
              site.firstSearch() / 1000.0,
              MAX_FIRST_SEARCH / 1000.0,
              "kB"));
      rows.add(Comparison.alone("site", at + ": render, first", full, "s"));
      rows.add(
          new Comparison(
              "site",
              at + ": render after one edit",
              incremental,
              "first render",
              full,
              "s",
              false));
      rows.add(
          Comparison.alone(
              "site",
              at + ": files rewritten after one edit",
              again.stage().out().getOrDefault("files rewritten", -1L),
              "files"));
      rows.add(
          Comparison.alone(
              "site",
              at + ": graph read (model phase) of the render after one edit",
              again.phaseMillis().getOrDefault("model", 0L) / 1000.0,
              "s"));
    }
    return rows;
  }

  /** A figure beside its limit; over the limit, the bench run fails at the end. */
  private static Comparison limit(String measure, double ours, double max, String unit) {
    if (ours > max) {
      BenchFailures.add(
          measure
              + " is "
              + Comparison.format(ours)
              + " "
              + unit
              + ", over the limit of "
              + Comparison.format(max));
    }
    return new Comparison("site", measure, ours, "limit", max, unit, false);
  }
}
