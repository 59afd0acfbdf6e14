package org.ossatlas.cli;

import java.io.PrintWriter;
import java.util.Locale;
import org.ossatlas.common.RunLog;
import org.ossatlas.common.StageRun;
import org.ossatlas.common.Workspace;
import org.ossatlas.graph.GraphConnection;
import org.ossatlas.site.SiteBuilder;
import org.ossatlas.site.SiteOptions;
import org.ossatlas.site.SiteReport;

/**
 * The "render" stage as commands run it: build the site from an open graph, print the summary and
 * append the run report (a failed one too). Shared by {@code render} and {@code site}.
 */
final class RenderStage {
  static final String STAGE = "render";

  private final Workspace workspace;
  private final PrintWriter out;
  private final PrintWriter err;

  RenderStage(Workspace workspace, PrintWriter out, PrintWriter err) {
    this.workspace = workspace;
    this.out = out;
    this.err = err;
  }

  SiteReport render(GraphConnection graph, SiteOptions options) {
    StageRun failure = StageRun.start(STAGE);
    SiteReport site;
    try {
      site = SiteBuilder.build(graph, workspace, options);
    } catch (RuntimeException e) {
      new RunLog(workspace).append(failure.warn(String.valueOf(e.getMessage())).finish(false));
      throw e;
    }
    new RunLog(workspace).append(site.stage());
    out.printf(
        Locale.ROOT,
        "render: %d pages, %d files into %s in %.1f s (%.0f pages/s; %s)%n",
        site.pages(),
        site.files(),
        site.out(),
        site.millis() / 1000.0,
        site.pagesPerSecond(),
        site.phases());
    out.flush();
    site.stage().warnings().forEach(w -> err.println("warning: " + w));
    err.flush();
    return site;
  }
}
