package org.ossatlas.analytics.charts;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;
import org.ossatlas.analytics.metrics.EntityKind;
import org.ossatlas.analytics.metrics.EntityResults;
import org.ossatlas.analytics.series.Membership;
import org.ossatlas.analytics.series.TimeSeries;

/**
 * Draws every chart into a folder that the caller swaps in whole: {@code projects/ID.svg} and
 * {@code projects/ID.spark.svg}, {@code categories/ID.svg}, {@code backers/ID.svg}. Entities
 * without commits get no chart. Headless: no window system is touched.
 */
public final class ChartWriter {
  /** What was drawn: files and their total size. */
  public record Stats(int charts, long bytes) {}

  /** A category or backer kind with the projects of each group. */
  public record Groups(EntityResults results, Membership members) {}

  private final Path dir;
  private final int asOf;
  private final String asOfLabel;
  private final AtomicInteger charts = new AtomicInteger();
  private final AtomicLong bytes = new AtomicLong();

  /**
   * @param asOf month number of metrics_as_of: every chart runs to it
   */
  public ChartWriter(Path dir, int asOf, String asOfLabel) {
    this.dir = dir;
    this.asOf = asOf;
    this.asOfLabel = asOfLabel;
  }

  public Stats write(EntityResults projects, List<Groups> groups) {
    Map<Integer, TimeSeries> projectSeries = projects.seriesByEntity();
    folder(EntityKind.PROJECT);
    List<Integer> withSeries = new ArrayList<>(projectSeries.keySet());
    withSeries.parallelStream().forEach(p -> project(projects, p, projectSeries.get(p)));
    for (Groups g : groups) {
      folder(g.results().kind());
      Map<Integer, TimeSeries> series = g.results().seriesByEntity();
      IntStream.range(0, g.results().ids().size())
          .parallel()
          .filter(series::containsKey)
          .forEach(e -> group(g, e, series.get(e), projects, projectSeries));
    }
    return new Stats(charts.get(), bytes.get());
  }

  /**
   * One project chart as the site draws it, from a series given directly (for benchmarks against
   * other charting tools): commits and active authors per month from {@code first} (a month number
   * of {@link org.ossatlas.analytics.series.Granularity#month}).
   */
  public static String activitySvg(
      String id, String name, int first, long[] commits, long[] authors) {
    return ActivityChart.svg(
        id, name, first, commits, authors, new ChartFacts(null, null, null, null, null));
  }

  private void project(EntityResults projects, int p, TimeSeries series) {
    String id = projects.ids().get(p);
    String name = projects.names().get(p);
    ChartFacts facts = facts(projects, p);
    int first = series.periods().getInt(0);
    long[] commits = dense(series, "commits", first, asOf);
    long[] authors = dense(series, "authors", first, asOf);
    save(
        dir.resolve(chartFile(EntityKind.PROJECT, id)),
        ActivityChart.svg(id, name, first, commits, authors, facts));
    int sparkFirst = asOf - Sparkline.MONTHS + 1;
    long[] recent = dense(series, "commits", sparkFirst, asOf);
    save(dir.resolve(sparklineFile(id)), Sparkline.svg(id, name, sparkFirst, recent, facts));
  }

  private void group(
      Groups g,
      int e,
      TimeSeries series,
      EntityResults projects,
      Map<Integer, TimeSeries> projectSeries) {
    EntityResults results = g.results();
    String id = results.ids().get(e);
    int first = series.periods().getInt(0);
    long[] total = dense(series, "commits", first, asOf);
    List<StackedChart.Band> bands = new ArrayList<>();
    for (int member : g.members().membersOf(e)) {
      TimeSeries s = projectSeries.get(member);
      if (s != null) {
        bands.add(
            new StackedChart.Band(projects.names().get(member), dense(s, "commits", first, asOf)));
      }
    }
    bands.sort(
        Comparator.comparingLong((StackedChart.Band b) -> -sum(b.commits()))
            .thenComparing(StackedChart.Band::name));
    String prefix = results.kind() == EntityKind.CATEGORY ? "category-" : "backer-";
    String svg =
        StackedChart.svg(
            prefix + id, results.names().get(e), first, total, bands, facts(results, e));
    save(dir.resolve(chartFile(results.kind(), id)), svg);
  }

  /** {@code projects/ID.svg}: the entity's chart, relative to the charts folder. */
  static String chartFile(EntityKind kind, String id) {
    return kind.folder() + "/" + id + ".svg";
  }

  /**
   * {@code projects/ID.spark.svg}: the dot is a separator ids cannot contain, so no id's chart is
   * another's sparkline ({@code ID-spark.svg} made project {@code a-spark}'s chart project {@code
   * a}'s sparkline).
   */
  static String sparklineFile(String id) {
    return EntityKind.PROJECT.folder() + "/" + id + ".spark.svg";
  }

  private ChartFacts facts(EntityResults r, int e) {
    String trend = r.metricNames().contains("trend") ? (String) r.value(e, "trend") : null;
    return new ChartFacts(
        asOfLabel,
        (Long) r.value(e, "commits_12m"),
        (Long) r.value(e, "authors_12m"),
        (Double) r.value(e, "commits_12m_change"),
        trend);
  }

  /** Values of {@code column} for months {@code from..to}, 0 where the series has none. */
  static long[] dense(TimeSeries series, String column, int from, int to) {
    long[] out = new long[Math.max(0, to - from + 1)];
    var periods = series.periods();
    var values = series.values(column);
    for (int i = 0; i < periods.size(); i++) {
      int m = periods.getInt(i);
      if (m >= from && m <= to) {
        out[m - from] = values.getLong(i);
      }
    }
    return out;
  }

  private static long sum(long[] values) {
    long s = 0;
    for (long v : values) {
      s += v;
    }
    return s;
  }

  private void folder(EntityKind kind) {
    try {
      Files.createDirectories(dir.resolve(kind.folder()));
    } catch (IOException e) {
      throw new UncheckedIOException("could not create " + dir.resolve(kind.folder()), e);
    }
  }

  private void save(Path file, String svg) {
    byte[] content = svg.getBytes(StandardCharsets.UTF_8);
    try {
      Files.write(file, content);
    } catch (IOException e) {
      throw new UncheckedIOException("could not write " + file, e);
    }
    charts.incrementAndGet();
    bytes.addAndGet(content.length);
  }
}
