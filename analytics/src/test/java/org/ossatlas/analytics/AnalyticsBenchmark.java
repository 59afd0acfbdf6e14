package org.ossatlas.analytics;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;
import org.ossatlas.analytics.charts.ChartWriter;
import org.ossatlas.analytics.commits.CommitLoader;
import org.ossatlas.analytics.commits.CommitTable;
import org.ossatlas.analytics.graph.Catalog;
import org.ossatlas.analytics.graph.CatalogReader;
import org.ossatlas.analytics.links.ContributorLink;
import org.ossatlas.analytics.links.SharedContributors;
import org.ossatlas.analytics.metrics.ActivityCells;
import org.ossatlas.analytics.metrics.EntityActivity;
import org.ossatlas.analytics.metrics.EntityKind;
import org.ossatlas.analytics.metrics.EntityResults;
import org.ossatlas.analytics.metrics.MetricSuite;
import org.ossatlas.analytics.metrics.Windows;
import org.ossatlas.analytics.series.Membership;
import org.ossatlas.common.AtomicFiles;
import org.ossatlas.common.Workspace;
import org.ossatlas.graph.GraphConnection;
import org.ossatlas.graph.Neo4jSettings;

/**
 * Generates a synthetic history of N commits over 1,000 projects (Zipf-sized, with shared
 * contributors, bots, merges, unknown line counts), a matching graph in an embedded Neo4j, and
 * times each step of {@code analyze}, then the whole stage. Not a test: run it by hand, e.g.
 *
 * <pre>
 * mvn -B -q -pl analytics -am test-compile dependency:build-classpath -Dmdep.outputFile=cp.txt
 * java -Xmx4g -cp analytics/target/test-classes:analytics/target/classes:$(cat analytics/cp.txt) \
 *     org.ossatlas.analytics.AnalyticsBenchmark 1000000 [work-dir]
 * </pre>
 */
public final class AnalyticsBenchmark {
  private static final int PROJECTS = 1000;
  private static final YearMonth AS_OF = YearMonth.of(2026, 2);
  private static final long FROM = Instant.parse("2008-01-01T00:00:00Z").getEpochSecond();
  private static final long TO = Instant.parse("2026-03-10T00:00:00Z").getEpochSecond();

  private AnalyticsBenchmark() {}

  public static void main(String[] args) throws IOException {
    System.setProperty("java.awt.headless", "true");
    int commits = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
    Path work = args.length > 1 ? Path.of(args[1]) : Files.createTempDirectory("atlas-bench");
    Workspace workspace = new Workspace(work.resolve("sheets"), work.resolve("data"), work);
    List<String> projects = projectIds();

    long t = System.nanoTime();
    long bytes = generate(workspace.commits(), commits, projects);
    print("generate %,d commits: %.1f s, %.1f MiB gzip", commits, secs(t), bytes / 1048576.0);

    try (GraphConnection graph =
        GraphConnection.open(Neo4jSettings.embedded(work.resolve("graph"), 0))) {
      createGraph(graph, projects);
      steps(graph, workspace);
      System.gc();
      resetPeak();
      t = System.nanoTime();
      AnalysisReport report =
          new Analyzer(Clock.fixed(Instant.parse("2026-03-15T00:00:00Z"), ZoneOffset.UTC))
              .analyze(graph, workspace, AnalysisOptions.asOf(AS_OF));
      print("whole analyze stage: %.1f s, peak heap %d MiB", secs(t), peakMiB());
      report.summaryLines().forEach(System.out::println);
    }
  }

  /** Each step on its own, for the breakdown. */
  private static void steps(GraphConnection graph, Workspace workspace) {
    Catalog catalog = CatalogReader.read(graph);
    System.gc();
    resetPeak();
    long t = System.nanoTime();
    CommitLoader.Loaded loaded =
        new CommitLoader(catalog.projectIds(), Instant.parse("2026-03-15T00:00:00Z"))
            .load(workspace.commits());
    CommitTable commits = loaded.commits().upTo(AS_OF);
    print(
        "load: %.1f s (%,.0f rows/s), heap after load %d MiB",
        secs(t), loaded.rowsRead() / secs(t), usedMiB());
    Windows windows = new Windows(AS_OF);
    List<String> ids = catalog.projectIds();
    t = System.nanoTime();
    ActivityCells cells = ActivityCells.of(commits.table());
    print(
        "reduce to (project, month, author) cells: %.1f s (%,d cells)", secs(t), cells.rowCount());
    EntityActivity projects = new EntityActivity(cells, Membership.identity(ids), windows);
    t = System.nanoTime();
    projects.series();
    print("project monthly series: %.1f s (%,d rows)", secs(t), projects.series().rowCount());
    t = System.nanoTime();
    projects.totals();
    print("project totals and windows: %.1f s", secs(t));
    t = System.nanoTime();
    projects.authorWindows();
    print("per-author windows: %.1f s (%,d rows)", secs(t), projects.authorWindows().rowCount());
    t = System.nanoTime();
    List<ContributorLink> links =
        SharedContributors.compute(
            projects.authorWindows(), EntityActivity.ENTITY, CommitTable.AUTHOR, ids.size());
    double[] pageRank = Centralities.pageRank(catalog, links);
    print("shared contributors + PageRank: %.1f s (%d links)", secs(t), links.size());
    t = System.nanoTime();
    EntityResults projectResults =
        new EntityResults(
            EntityKind.PROJECT,
            ids,
            ids,
            MetricSuite.projects(catalog.primaryCategories(), pageRank).compute(projects),
            projects.series());
    print("project metrics: %.1f s", secs(t));
    t = System.nanoTime();
    Membership categories = Membership.of(ids, Catalog.members(catalog.categories()));
    EntityActivity categoryActivity = new EntityActivity(cells, categories, windows);
    EntityResults categoryResults =
        new EntityResults(
            EntityKind.CATEGORY,
            categories.groupIds(),
            categories.groupIds(),
            MetricSuite.groups().compute(categoryActivity),
            categoryActivity.series());
    print("categories (series + metrics, authors once): %.1f s", secs(t));
    t = System.nanoTime();
    Membership backers = Membership.of(ids, Catalog.members(catalog.backers()));
    EntityActivity backerActivity = new EntityActivity(cells, backers, windows);
    EntityResults backerResults =
        new EntityResults(
            EntityKind.BACKER,
            backers.groupIds(),
            backers.groupIds(),
            MetricSuite.groups().compute(backerActivity),
            backerActivity.series());
    print("backers (series + metrics): %.1f s", secs(t));
    print("peak heap so far: %d MiB", peakMiB());
    try {
      Path charts = Files.createTempDirectory("atlas-bench-charts");
      t = System.nanoTime();
      ChartWriter.Stats stats =
          new ChartWriter(charts, windows.asOfMonth(), windows.label())
              .write(
                  projectResults,
                  List.of(
                      new ChartWriter.Groups(categoryResults, categories),
                      new ChartWriter.Groups(backerResults, backers)));
      double s = secs(t);
      print(
          "charts: %d in %.1f s (%.0f charts/s), %.1f KiB average, %.1f MiB in all",
          stats.charts(),
          s,
          stats.charts() / s,
          stats.bytes() / 1024.0 / stats.charts(),
          stats.bytes() / 1048576.0);
      AtomicFiles.deleteRecursively(charts);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static List<String> projectIds() {
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < PROJECTS; i++) {
      ids.add(String.format("project-%04d", i));
    }
    return ids;
  }

  /** Writes commits.csv.gz: project sizes ~ 1/rank, authors ~ 1/rank within a project's pool. */
  static long generate(Path file, int commits, List<String> projects) throws IOException {
    Files.createDirectories(file.getParent());
    SplittableRandom random = new SplittableRandom(42);
    double[] weights = new double[projects.size()];
    double total = 0;
    for (int i = 0; i < weights.length; i++) {
      weights[i] = 1.0 / (i + 1);
      total += weights[i];
    }
    long[] start = new long[projects.size()];
    long[] end = new long[projects.size()];
    for (int p = 0; p < projects.size(); p++) {
      start[p] = FROM + (long) (random.nextDouble() * 0.85 * (TO - FROM));
      end[p] =
          random.nextDouble() < 0.2
              ? start[p] + (long) (random.nextDouble() * (TO - start[p]))
              : TO;
    }
    long sha = 0;
    try (OutputStream raw = Files.newOutputStream(file);
        OutputStream gz =
            new GZIPOutputStream(raw, 1 << 16) {
              {
                def.setLevel(Deflater.BEST_SPEED);
              }
            };
        Writer out =
            new BufferedWriter(new OutputStreamWriter(gz, StandardCharsets.UTF_8), 1 << 16)) {
      out.write(org.ossatlas.common.commits.CommitTableFormat.preamble());
      for (int p = 0; p < projects.size(); p++) {
        int n = (int) Math.round(commits * weights[p] / total);
        int pool = Math.max(3, (int) Math.sqrt(n) * 2);
        StringBuilder row = new StringBuilder(160);
        for (int c = 0; c < n; c++) {
          long time = start[p] + (long) (Math.sqrt(random.nextDouble()) * (end[p] - start[p]));
          boolean bot = random.nextDouble() < 0.04;
          String author;
          if (bot) {
            author = random.nextBoolean() ? "dependabot[bot]" : "renovate[bot]";
          } else if (random.nextDouble() < 0.15) {
            author = "x" + Long.toHexString(mix(random.nextInt(20_000)));
          } else {
            int rank = (int) Math.floor(Math.pow(pool, random.nextDouble()));
            author = Long.toHexString(mix(p * 1_000_003L + rank));
          }
          String iso = Instant.ofEpochSecond(time).toString();
          row.setLength(0);
          row.append(projects.get(p)).append(',');
          row.append(String.format(Locale.ROOT, "%040x", ++sha)).append(',');
          row.append(author).append(',').append(iso).append(',');
          row.append(author).append(',').append(iso).append(',');
          if (random.nextDouble() < 0.02) {
            row.append(",,,");
          } else {
            row.append(random.nextInt(400)).append(',').append(random.nextInt(200)).append(',');
            row.append(1 + random.nextInt(9)).append(',');
          }
          row.append(random.nextDouble() < 0.08).append(',').append(bot).append('\n');
          out.write(row.toString());
        }
      }
    }
    return Files.size(file);
  }

  /** 8 top categories with 4 subcategories each, 150 backers, 300 RELATED pairs. */
  private static void createGraph(GraphConnection graph, List<String> projects) {
    SplittableRandom random = new SplittableRandom(7);
    List<Map<String, Object>> rows = new ArrayList<>();
    for (int i = 0; i < projects.size(); i++) {
      int top = random.nextInt(8);
      Map<String, Object> row = new HashMap<>();
      row.put("id", projects.get(i));
      row.put("primary", "cat-" + top + "-" + random.nextInt(4));
      row.put("second", "cat-" + random.nextInt(8) + "-" + random.nextInt(4));
      row.put("backer", "backer-" + random.nextInt(150));
      row.put("related", projects.get(random.nextInt(projects.size())));
      rows.add(row);
    }
    graph.write(
        tx -> {
          tx.run(
                  """
                  UNWIND range(0, 7) AS t
                  CREATE (top:Category {id: 'cat-' + t, name: 'Category ' + t, depth: 0})
                  WITH top, t UNWIND range(0, 3) AS s
                  CREATE (:Category {id: 'cat-' + t + '-' + s, name: 'Sub ' + t + '.' + s,
                                     parent: 'cat-' + t, depth: 1})-[:SUBCATEGORY_OF]->(top)""")
              .consume();
          tx.run(
                  """
                  UNWIND range(0, 149) AS b
                  CREATE (:Backer {id: 'backer-' + b, name: 'Backer ' + b, kind: 'company'})""")
              .consume();
          tx.run(
                  """
                  UNWIND $rows AS row
                  CREATE (p:Project {id: row.id, name: row.id, primary_category: row.primary})
                  WITH p, row
                  MATCH (c:Category {id: row.primary}), (b:Backer {id: row.backer})
                  CREATE (p)-[:IN_CATEGORY {primary: true, position: 0}]->(c)
                  CREATE (p)-[:BACKED_BY {role: 'maintainer'}]->(b)""",
                  Map.of("rows", rows))
              .consume();
          tx.run(
                  """
                  UNWIND $rows AS row
                  MATCH (p:Project {id: row.id}), (c:Category {id: row.second}),
                        (q:Project {id: row.related})
                  WHERE row.second <> row.primary AND p <> q
                  CREATE (p)-[:IN_CATEGORY {primary: false, position: 1}]->(c)
                  CREATE (p)-[:RELATED {kind: 'integrates-with'}]->(q)""",
                  Map.of("rows", rows))
              .consume();
          return null;
        });
  }

  private static long mix(long x) {
    x = (x ^ (x >>> 33)) * 0xff51afd7ed558ccdL;
    x = (x ^ (x >>> 33)) * 0xc4ceb9fe1a85ec53L;
    return x ^ (x >>> 33);
  }

  private static double secs(long startNanos) {
    return (System.nanoTime() - startNanos) / 1e9;
  }

  private static void print(String format, Object... args) {
    System.out.println(String.format(Locale.ROOT, format, args));
  }

  private static long usedMiB() {
    System.gc();
    Runtime rt = Runtime.getRuntime();
    return (rt.totalMemory() - rt.freeMemory()) >> 20;
  }

  private static void resetPeak() {
    heapPools().forEach(MemoryPoolMXBean::resetPeakUsage);
  }

  private static long peakMiB() {
    return heapPools().stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum() >> 20;
  }

  private static List<MemoryPoolMXBean> heapPools() {
    return ManagementFactory.getMemoryPoolMXBeans().stream()
        .filter(p -> p.getType() == MemoryType.HEAP)
        .toList();
  }
}
