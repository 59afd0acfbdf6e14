package org.ossatlas.site.render;

import java.util.List;
import java.util.Map;
import org.ossatlas.common.StageReport;
import org.ossatlas.site.model.PipelineStatus;
import org.ossatlas.site.model.SiteModel;
import org.ossatlas.site.model.UnsupportedClaim;

/**
 * {@code status/}: the last run of every pipeline stage and a short history, from the run log as it
 * was when the build started (so the render that writes the page is not on it).
 */
public final class StatusRenderer implements Renderer {
  private final List<StageReport> runs;

  public StatusRenderer(List<StageReport> runs) {
    this.runs = List.copyOf(runs);
  }

  @Override
  public String name() {
    return "status";
  }

  @Override
  public void render(SiteModel site, SiteOutput out) {
    out.page(
        "status/",
        "status.ftlh",
        "Pipeline status",
        "When each stage of the " + out.site().title() + " pipeline last ran, and how it went.",
        "about",
        Map.of(
            "status",
            PipelineStatus.of(runs),
            "unsupportedClaims",
            UnsupportedClaim.of(site.projects())));
  }
}
