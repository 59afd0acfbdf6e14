package org.ossatlas.cli;

import org.ossatlas.common.ExitCode;
import org.ossatlas.common.Reconciliation;
import org.ossatlas.graph.GraphConnection;
import org.ossatlas.site.SiteReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** Render the site from the graph into the output folder. */
@Command(
    name = "render",
    description = {
      "Render the site from the graph into OUT: pages, search index, sitemap, feed, data files.",
      "The new site replaces OUT only once every link has been checked; a failed render leaves"
          + " the published folder as it was."
    })
final class RenderCommand extends AtlasSubcommand {
  @Mixin RenderOptions render;

  @Override
  public Integer call() {
    var options = render.siteOptions(); // a bad --base-url fails before the graph is opened
    try (GraphConnection graph = GraphConnection.open(neo4jSettings())) {
      // Checked before anything is written: a graph that disagrees with the last analysis
      // must not be published.
      long graphCommits = StageChecks.graphCommits(graph);
      Reconciliation checks = RunLogChecks.beforeRender(workspace(), graphCommits);
      checks.checked().forEach(line -> out().println("reconciled: " + line));
      checks.throwIfMismatched();
      SiteReport site = new RenderStage(workspace(), out(), err()).render(graph, options);
      Reconciliation shown =
          new Reconciliation()
              .expectEqual(
                  new Reconciliation.Count(
                      "graph", "commits + bot_commits of projects", graphCommits),
                  StageChecks.pageCommits(site));
      shown.checked().forEach(line -> out().println("reconciled: " + line));
      shown.throwIfMismatched();
    }
    return ExitCode.OK;
  }
}
