package org.ossatlas.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.ossatlas.analytics.AnalysisReport;
import org.ossatlas.common.Reconciliation;
import org.ossatlas.common.Reconciliation.Count;
import org.ossatlas.graph.GraphConnection;
import org.ossatlas.graph.load.LoadSummary;
import org.ossatlas.site.SiteReport;

/**
 * The counts {@code site} reconciles once every stage has run: projects in the sheets, in the graph
 * and as pages; commits analysed and commits written onto the graph's projects.
 */
final class StageChecks {
  private StageChecks() {}

  static Reconciliation reconcile(
      GraphConnection graph, LoadSummary load, AnalysisReport analysis, SiteReport site) {
    GraphTotals totals = GraphTotals.read(graph);
    Reconciliation checks = new Reconciliation();
    checks.expectEqual(
        new Count("load", "projects", load.nodes().get("Project").present()),
        new Count("graph", "projects", totals.projects()),
        new Count("analyze", "projects", analysis.projects()),
        new Count("render", "project pages", projectPages(site.out())));
    if (analysis.metricsAsOf() != null) {
      checks.expectEqual(
          new Count("analyze", "commits analysed", analysis.commitsAnalyzed()),
          new Count("graph", "commits + bot_commits of projects", totals.commits()),
          pageCommits(site));
    }
    return checks;
  }

  /** What the project pages show, as the render reported it. */
  static Count pageCommits(SiteReport site) {
    return new Count(
        "render",
        "commits on project pages",
        site.stage().out().getOrDefault("commits on project pages", -1L));
  }

  /** The commits written back onto the graph's projects (people's and bots'). */
  static long graphCommits(GraphConnection graph) {
    return GraphTotals.read(graph).commits();
  }

  private static long projectPages(Path out) {
    Path projects = out.resolve("projects");
    if (!Files.isDirectory(projects)) {
      return 0;
    }
    try (Stream<Path> pages = Files.list(projects)) {
      return pages.filter(dir -> Files.isRegularFile(dir.resolve("index.html"))).count();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** What the graph holds after write-back. */
  private record GraphTotals(long projects, long commits) {
    static GraphTotals read(GraphConnection graph) {
      return graph.read(
          tx -> {
            var row =
                tx.run(
                        "MATCH (p:Project) RETURN count(p) AS projects,"
                            + " sum(coalesce(p.commits, 0) + coalesce(p.bot_commits, 0)) AS commits")
                    .single();
            return new GraphTotals(row.get("projects").asLong(), row.get("commits").asLong());
          });
    }
  }
}
