package org.ossatlas.site.model;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.ossatlas.common.Workspace;

/**
 * The charts and CSV files the analytics left in the workspace that pages may show. Charts are
 * inlined into their pages ({@link InlineSvg}); series are published in bundles (one CSV of the
 * projects of each primary category, one of all backers) so that a site of 10,000 projects stays
 * far below the host's 20,000 files while every series stays downloadable. A page asks for a file;
 * if its source exists it is remembered for publishing and its site path is returned, so pages
 * reference only files that will be there. Thread-safe.
 */
public final class PublishedFiles {
  /** The bundle of every backer's monthly series, one {@code backer} column in front. */
  public static final String BACKER_BUNDLE = "data/backers-monthly.csv";

  private final Path charts;
  private final Path metrics;
  private final SortedMap<String, Path> used = new TreeMap<>();
  private final SortedMap<String, Bundle> bundles = new TreeMap<>();
  private final Map<String, Optional<String>> sparklines = new ConcurrentHashMap<>();

  /** A CSV made of several series, each row prefixed with its member's id. */
  public record Bundle(String idColumn, SortedMap<String, Path> members) {}

  public PublishedFiles(Workspace workspace) {
    this.charts = workspace.charts();
    this.metrics = workspace.metrics();
  }

  /** The entity's activity chart with its text alternative, or null when none was drawn. */
  public Chart activityChart(String family, String id, String name, Metrics metrics) {
    Path file = charts.resolve(family).resolve(id + ".svg");
    String alt = ChartText.activity(name, metrics);
    return read(file)
        .map(svg -> new Chart(InlineSvg.of(svg, alt, file.toString()), alt))
        .orElse(null);
  }

  /** The project's sparkline for table rows, or null; read once however many tables show it. */
  public Chart sparkline(String projectId, String alt) {
    Path file = charts.resolve("projects/" + projectId + ".spark.svg");
    return sparklines
        .computeIfAbsent(
            projectId, k -> read(file).map(svg -> InlineSvg.of(svg, alt, file.toString())))
        .map(svg -> new Chart(svg, alt))
        .orElse(null);
  }

  /** A category's or backer's monthly series as a download when there is one. */
  public List<DataFile> activityData(String family, String id) {
    List<DataFile> data = new ArrayList<>();
    if (family.equals("backers")) {
      bundle(BACKER_BUNDLE, "backer", id, series(family, id))
          .ifPresent(h -> data.add(new DataFile(h, "Monthly activity of every backer (CSV)")));
    } else {
      csv(family, id).ifPresent(h -> data.add(new DataFile(h, "Monthly activity (CSV)")));
    }
    return data;
  }

  /**
   * A project's monthly series, published in the bundle of its primary category ({@code null}:
   * none), and the summary of every project.
   */
  public List<DataFile> projectData(String id, Ref primaryCategory) {
    List<DataFile> data = new ArrayList<>();
    String href =
        primaryCategory == null
            ? "data/projects-monthly-uncategorized.csv"
            : SitePaths.projectBundle(primaryCategory.id());
    String label =
        primaryCategory == null
            ? "Monthly activity of every project without a category (CSV)"
            : "Monthly activity of every project in " + primaryCategory.name() + " (CSV)";
    bundle(href, "project", id, series("projects", id))
        .ifPresent(h -> data.add(new DataFile(h, label)));
    projectSummaryCsv()
        .ifPresent(h -> data.add(new DataFile(h, "Summary metrics of every project (CSV)")));
    return data;
  }

  /** {@code data/FAMILY/ID.csv}: the monthly series, as a file of its own. */
  public Optional<String> csv(String family, String id) {
    return use(SitePaths.csv(family, id), series(family, id));
  }

  /** {@code data/projects.csv}: one row of summary metrics per project. */
  public Optional<String> projectSummaryCsv() {
    return use("data/projects.csv", metrics.resolve("projects.csv"));
  }

  /** Site path to source file of every single file handed out, sorted by site path. */
  public synchronized Map<String, Path> used() {
    return new TreeMap<>(used);
  }

  /** Site path to bundle of every bundle handed out, sorted by site path. */
  public synchronized Map<String, Bundle> bundles() {
    TreeMap<String, Bundle> copy = new TreeMap<>();
    bundles.forEach(
        (href, b) -> copy.put(href, new Bundle(b.idColumn(), new TreeMap<>(b.members()))));
    return copy;
  }

  private Path series(String family, String id) {
    return metrics.resolve(family).resolve(id + ".csv");
  }

  private synchronized Optional<String> use(String sitePath, Path source) {
    if (!Files.isRegularFile(source)) {
      return Optional.empty();
    }
    used.put(sitePath, source);
    return Optional.of(sitePath);
  }

  private synchronized Optional<String> bundle(
      String sitePath, String idColumn, String id, Path source) {
    if (!Files.isRegularFile(source)) {
      return Optional.empty();
    }
    bundles
        .computeIfAbsent(sitePath, k -> new Bundle(idColumn, new TreeMap<>()))
        .members()
        .put(id, source);
    return Optional.of(sitePath);
  }

  private static Optional<String> read(Path file) {
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    try {
      return Optional.of(Files.readString(file, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("could not read " + file, e);
    }
  }
}
