package org.ossatlas.site.model;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.ossatlas.common.Workspace;

/**
 * The charts and CSV files the analytics left in the workspace that pages may show. A page asks for
 * a file; if it exists it is remembered for copying into the site and its site path is returned, so
 * pages reference only files that will be there. Thread-safe.
 */
public final class PublishedFiles {
  private final Path charts;
  private final Path metrics;
  private final SortedMap<String, Path> used = new TreeMap<>();

  public PublishedFiles(Workspace workspace) {
    this.charts = workspace.charts();
    this.metrics = workspace.metrics();
  }

  /** {@code charts/FAMILY/ID.svg} if the analytics drew it. */
  /** The entity's activity chart with its text alternative, or null when none was drawn. */
  public Chart activityChart(String family, String id, String name, Metrics metrics) {
    return chart(family, id)
        .map(href -> new Chart(href, ChartText.activity(name, metrics)))
        .orElse(null);
  }

  /** The entity's monthly series as a download when there is one (a list callers may extend). */
  public List<DataFile> activityData(String family, String id) {
    List<DataFile> data = new ArrayList<>();
    csv(family, id).ifPresent(h -> data.add(new DataFile(h, "Monthly activity (CSV)")));
    return data;
  }

  public Optional<String> chart(String family, String id) {
    return use(SitePaths.chart(family, id), charts.resolve(family).resolve(id + ".svg"));
  }

  /** {@code charts/projects/ID.spark.svg} if the analytics drew it. */
  public Optional<String> sparkline(String projectId) {
    return use(
        SitePaths.sparkline(projectId), charts.resolve("projects/" + projectId + ".spark.svg"));
  }

  /** {@code data/FAMILY/ID.csv}: the monthly series. */
  public Optional<String> csv(String family, String id) {
    return use(SitePaths.csv(family, id), metrics.resolve(family).resolve(id + ".csv"));
  }

  /** {@code data/projects.csv}: one row of summary metrics per project. */
  public Optional<String> projectSummaryCsv() {
    return use("data/projects.csv", metrics.resolve("projects.csv"));
  }

  /** Site path to source file of every file handed out, sorted by site path. */
  public synchronized Map<String, Path> used() {
    return new TreeMap<>(used);
  }

  private synchronized Optional<String> use(String sitePath, Path source) {
    if (!Files.isRegularFile(source)) {
      return Optional.empty();
    }
    used.put(sitePath, source);
    return Optional.of(sitePath);
  }
}
