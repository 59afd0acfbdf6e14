package org.ossatlas.site.model;

import java.util.List;

/** Every page model of the site, read from the graph before anything is rendered. */
public record SiteModel(
    HomePage home,
    List<CategoryPage> categories,
    List<ProjectPage> projects,
    List<BackerPage> backers,
    MetricDefinitions definitions) {

  /** The last complete month of the data ({@code YYYY-MM}), or null before any analysis. */
  public String asOf() {
    return home.asOf();
  }

  /** Reads every page family, one query each. */
  public static SiteModel read(org.ossatlas.graph.GraphConnection graph, ModelContext context) {
    return new SiteModel(
        new HomeQuery(context).run(graph),
        new CategoryQuery(context).run(graph),
        new ProjectQuery(context).run(graph),
        new BackerQuery(context).run(graph),
        context.definitions());
  }
}
