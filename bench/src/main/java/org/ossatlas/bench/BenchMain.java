package org.ossatlas.bench;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.ossatlas.common.AtomicFiles;
import org.ossatlas.harvester.git.GitTuning;

/**
 * Runs every benchmark (or those named with {@code --only}) and writes the table of medians and
 * ratios to {@code bench/results.md}. Arguments: {@code --scale quick|full}, {@code --reps N},
 * {@code --only a,b}, {@code --work DIR}, {@code --results FILE}, {@code --git-repo PATH} (the
 * repository the generated-history {@code git} benchmark measures instead), {@code --repo PATH}
 * (repeatable: real histories measured beside the fixture, alone and together) and {@code
 * --git-fixture FILE} (the fixture bundle, default {@code ../shared/fixtures/jackson-core.bundle}).
 */
public final class BenchMain {
  private BenchMain() {}

  static List<Benchmark> all() {
    return List.of(
        new HarvestBench(),
        new GitHarvestVsGitLog(),
        new GitRealHistories(),
        new CompactionVsZcat(),
        new AnalyticsVsDuckDb(),
        new ChartsVsMatplotlib(),
        new RenderVsHugo(),
        new SiteScaleBench(),
        new MakeSiteEndToEnd());
  }

  public static void main(String[] args) throws Exception {
    // The same process-wide switches as the ossatlas command's Main, so that stages run as there.
    System.setProperty("java.awt.headless", "true");
    GitTuning.install();
    BenchContext.Scale scale = BenchContext.Scale.FULL;
    int reps = 3;
    Set<String> only = Set.of();
    Path work = Path.of("bench/work");
    Path results = Path.of("bench/results.md");
    List<String> repos = new ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--scale" -> scale = BenchContext.Scale.valueOf(args[++i].toUpperCase(Locale.ROOT));
        case "--reps" -> reps = Integer.parseInt(args[++i]);
        case "--only" -> only = Set.of(args[++i].split(","));
        case "--work" -> work = Path.of(args[++i]);
        case "--results" -> results = Path.of(args[++i]);
        case "--git-repo" -> System.setProperty(GitHarvestVsGitLog.REPO_PROPERTY, args[++i]);
        case "--git-fixture" -> System.setProperty(GitRealHistories.FIXTURE_PROPERTY, args[++i]);
        case "--repo" -> repos.add(args[++i]);
        default -> throw new IllegalArgumentException("unknown argument " + args[i]);
      }
    }
    System.setProperty(GitRealHistories.REPOS_PROPERTY, String.join(",", repos));
    GitTuning.install(); // JGit's process-wide caches, as the ossatlas command sets them
    BenchContext context = new BenchContext(work, scale, reps);
    List<Comparison> rows = new ArrayList<>();
    for (Benchmark benchmark : all()) {
      if (!only.isEmpty() && !only.contains(benchmark.name())) {
        continue;
      }
      System.out.println("== " + benchmark.name());
      List<Comparison> figures = benchmark.run(context);
      figures.forEach(
          f ->
              System.out.printf(
                  Locale.ROOT,
                  "   %-40s ours %s %s, %s %s, %s%n",
                  f.measure(),
                  Comparison.format(f.ours()),
                  f.unit(),
                  f.baselineName(),
                  f.baseline() == null ? "—" : Comparison.format(f.baseline()),
                  f.ratio()));
      rows.addAll(figures);
    }
    String table = ResultsTable.markdown(rows, context, LocalDate.now(ZoneOffset.UTC).toString());
    AtomicFiles.writeString(results, table);
    System.out.println();
    System.out.println(table);
    if (!BenchFailures.all().isEmpty()) {
      BenchFailures.all().forEach(f -> System.err.println("bench: over the limit: " + f));
      System.exit(1);
    }
  }
}
