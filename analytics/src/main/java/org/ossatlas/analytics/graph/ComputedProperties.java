package org.ossatlas.analytics.graph;

import java.util.List;
import java.util.TreeSet;
import org.ossatlas.analytics.depth.DepthProperties;
import org.ossatlas.analytics.metrics.EntityActivity;
import org.ossatlas.analytics.metrics.MetricSuite;

/**
 * The property names {@code analyze} owns on Project, Category and Backer nodes (docs/graph.md,
 * "Computed"): every run removes all of them before writing, so that nothing stale survives.
 */
public final class ComputedProperties {
  public static final String AS_OF = "metrics_as_of";
  public static final String MONTHS = "series_months";

  /** The list property holding a series column: {@code series_commits}... */
  public static String series(String column) {
    return "series_" + column;
  }

  private ComputedProperties() {}

  /** All of them, sorted. */
  public static List<String> all() {
    TreeSet<String> names = new TreeSet<>();
    names.addAll(MetricSuite.projects(List.of(), new double[0]).names());
    names.addAll(MetricSuite.groups().names());
    names.add(AS_OF);
    names.add(MONTHS);
    names.addAll(DepthProperties.ALL);
    EntityActivity.SERIES.forEach(c -> names.add(series(c)));
    return List.copyOf(names);
  }
}
