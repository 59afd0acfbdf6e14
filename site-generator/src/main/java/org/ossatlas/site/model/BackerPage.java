package org.ossatlas.site.model;

import java.util.List;

/** Everything the page of one backer shows. */
public record BackerPage(
    Ref self,
    String kind,
    String url,
    String summary,
    String descriptionHtml,
    List<BackedProject> projects,
    Metrics metrics,
    List<ShownMetric> keyMetrics,
    Chart chart,
    List<DataFile> data) {

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
