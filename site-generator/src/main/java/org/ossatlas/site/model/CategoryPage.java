package org.ossatlas.site.model;

import java.util.List;

/** Everything the page of one category shows. */
public record CategoryPage(
    Ref self,
    String parentId,
    int depth,
    String summary,
    String descriptionHtml,
    List<Ref> trail,
    List<CategoryLink> subcategories,
    List<ProjectRow> projects,
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
