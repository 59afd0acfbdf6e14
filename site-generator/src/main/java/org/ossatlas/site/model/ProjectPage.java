package org.ossatlas.site.model;

import java.util.List;

/** Everything the page of one project shows. */
public record ProjectPage(
    Ref self,
    String summary,
    String descriptionHtml,
    String repo,
    String repoUrl,
    String homepage,
    List<Ref> trail,
    List<Ref> categories,
    List<LinkGroup> linkGroups,
    List<BackerRole> backers,
    List<Relation> relations,
    List<SharedProject> sharing,
    Metrics metrics,
    List<ShownMetric> keyMetrics,
    ProjectRow row,
    Chart chart,
    List<DataFile> data,
    ProjectDepth depth) {

  public String id() {
    return self.id();
  }

  public String name() {
    return self.name();
  }

  public boolean hasActivity() {
    return metrics.hasActivity();
  }
}
