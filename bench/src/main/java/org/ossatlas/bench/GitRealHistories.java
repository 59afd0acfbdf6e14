package org.ossatlas.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.ossatlas.harvester.HarvestContext;
import org.ossatlas.harvester.HarvestTarget;
import org.ossatlas.harvester.TargetOutcome;
import org.ossatlas.harvester.git.GitSource;
import org.ossatlas.harvester.raw.RawStore;

/**
 * The git source on real histories beside what git itself does with them: {@code git clone --bare
 * --no-local} then {@code git log --numstat -M} of the same branch, clone and walk timed apart,
 * ours and git's alternately in each repetition (the machine is shared, so both see the same load),
 * and every commit's figures checked against git's. Then several repositories together: ours
 * harvests them at once on every core, git does them one after the other.
 *
 * <p>The histories are the fixture bundle ({@code --git-fixture FILE}, by default {@code
 * ../shared/fixtures/jackson-core.bundle} when it exists) and every {@code --repo PATH}.
 */
final class GitRealHistories implements Benchmark {
  static final String FIXTURE_PROPERTY = "ossatlas.bench.gitFixture";
  static final String REPOS_PROPERTY = "ossatlas.bench.repos";
  /** How many copies of a lone history make up the "several together" run. */
  static final int TOGETHER = 3;

  @Override
  public String name() {
    return "git";
  }

  @Override
  public List<Comparison> run(BenchContext context) throws Exception {
    Path work = context.file("git-real");
    List<Path> origins = origins(work);
    if (origins.isEmpty()) {
      System.out.println("   no real history: no fixture bundle found and no --repo given");
      return List.of();
    }
    List<Comparison> rows = new ArrayList<>();
    for (Path origin : origins) {
      rows.addAll(single(context, work, origin));
    }
    rows.addAll(together(work, origins));
    return rows;
  }

  /** The bare repositories to measure: the fixture cloned from its bundle once, and each --repo. */
  private static List<Path> origins(Path work) throws Exception {
    List<Path> origins = new ArrayList<>();
    String fixture = System.getProperty(FIXTURE_PROPERTY);
    Path bundle =
        fixture != null
            ? Path.of(fixture)
            : Path.of("..", "shared", "fixtures", "jackson-core.bundle").toAbsolutePath();
    if (Files.isRegularFile(bundle)) {
      String name = bundle.getFileName().toString().replaceFirst("\\.bundle$", "");
      Path origin = work.resolve("origins").resolve(name + ".git");
      if (Files.notExists(origin.resolve("HEAD"))) {
        GitHarvestVsGitLog.deleteTree(origin);
        git("clone", "-q", "--bare", bundle.toString(), origin.toString());
      }
      origins.add(origin);
    }
    String repos = System.getProperty(REPOS_PROPERTY, "");
    for (String repo : repos.split(",")) {
      if (!repo.isBlank()) {
        origins.add(Path.of(repo).toAbsolutePath());
      }
    }
    return origins;
  }

  private static List<Comparison> single(BenchContext context, Path work, Path origin)
      throws Exception {
    String name = origin.getFileName().toString().replaceFirst("\\.git$", "");
    Path ours = work.resolve("ours");
    Path gitClone = work.resolve("git-clone.git");
    Path gitOut = work.resolve("git-log.txt");
    HarvestTarget target = new HarvestTarget(name, origin.toString());
    int reps = Math.max(1, context.repetitions());
    double[] ourTotal = new double[reps];
    double[] ourWalk = new double[reps];
    double[] gitCloneSeconds = new double[reps];
    double[] gitLogSeconds = new double[reps];
    for (int i = 0; i < reps; i++) {
      System.out.printf(Locale.ROOT, "   %s, run %d, load average %s%n", name, i + 1, load());
      GitHarvestVsGitLog.deleteTree(ours);
      ourTotal[i] = seconds(() -> harvest(ours, List.of(target), 1));
      // The clone kept, the raw store and checkpoints gone: the same walk without the clone.
      GitHarvestVsGitLog.deleteTree(ours.resolve("raw"));
      GitHarvestVsGitLog.deleteTree(ours.resolve("state"));
      ourWalk[i] = seconds(() -> harvest(ours, List.of(target), 1));
      GitHarvestVsGitLog.deleteTree(gitClone);
      gitCloneSeconds[i] =
          seconds(() -> git("clone", "-q", "--bare", "--no-local", origin.toString(), gitClone.toString()));
      gitLogSeconds[i] = seconds(() -> gitLog(gitClone, gitOut));
    }
    Map<String, String> expected = GitHarvestVsGitLog.parseNumstat(gitOut);
    Map<String, String> stored = GitHarvestVsGitLog.storedFigures(ours.resolve("raw"), name);
    long differ = 0;
    for (Map.Entry<String, String> e : expected.entrySet()) {
      if (!e.getValue().equals(stored.get(e.getKey()))) {
        differ++;
      }
    }
    differ += Math.max(0, stored.size() - expected.size());
    double total = median(ourTotal);
    double walk = median(ourWalk);
    double gitC = median(gitCloneSeconds);
    double gitL = median(gitLogSeconds);
    String what = String.format(Locale.ROOT, "%s (%,d commits)", name, expected.size());
    System.out.printf(
        Locale.ROOT,
        "   %s: ours clone %.2f s + walk %.2f s, git clone %.2f s + log %.2f s, %d differ%n",
        what,
        total - walk,
        walk,
        gitC,
        gitL,
        differ);
    String stage = "harvest (git, real history)";
    return List.of(
        new Comparison(stage, what + ": clone", total - walk, "git clone --bare --no-local", gitC, "s", false),
        new Comparison(stage, what + ": walk + figures", walk, "git log --numstat -M", gitL, "s", false),
        new Comparison(stage, what + ": clone + walk", total, "git clone + git log", gitC + gitL, "s", false),
        Comparison.alone(stage, what + ": commits whose figures differ from git", differ, "commits"));
  }

  /** Several histories at once (a lone one under several names) against git one after another. */
  private static List<Comparison> together(Path work, List<Path> origins) throws Exception {
    List<Path> all = new ArrayList<>(origins);
    while (all.size() < TOGETHER && origins.size() == 1) {
      all.add(origins.get(0));
    }
    List<HarvestTarget> targets = new ArrayList<>();
    for (int i = 0; i < all.size(); i++) {
      targets.add(new HarvestTarget("repo" + i, all.get(i).toString()));
    }
    int cores = Runtime.getRuntime().availableProcessors();
    System.out.printf(Locale.ROOT, "   %d repositories together, load average %s%n", all.size(), load());
    Path ours = work.resolve("together");
    GitHarvestVsGitLog.deleteTree(ours);
    double oursSeconds = seconds(() -> harvest(ours, targets, cores));
    double gitSeconds =
        seconds(
            () -> {
              for (Path origin : all) {
                Path clone = work.resolve("git-together.git");
                GitHarvestVsGitLog.deleteTree(clone);
                git("clone", "-q", "--bare", "--no-local", origin.toString(), clone.toString());
                gitLog(clone, work.resolve("git-together.txt"));
              }
            });
    System.out.printf(
        Locale.ROOT, "   together: ours %.2f s, git one after another %.2f s%n", oursSeconds, gitSeconds);
    return List.of(
        new Comparison(
            "harvest (git, real history)",
            all.size() + " repositories together: clone + walk (ours on " + cores + " cores)",
            oursSeconds,
            "git clone + git log, one after another",
            gitSeconds,
            "s",
            false));
  }

  private static void harvest(Path work, List<HarvestTarget> targets, int threads) {
    HarvestContext context =
        new HarvestContext(
            new RawStore(work.resolve("raw")),
            work.resolve("state"),
            work.resolve("clones"),
            Clock.systemUTC(),
            () -> false);
    GitSource source = new GitSource();
    List<TargetOutcome> outcomes =
        targets.size() == 1
            ? List.of(source.harvest(targets.get(0), context))
            : source.harvestAll(targets, context, threads);
    for (TargetOutcome outcome : outcomes) {
      if (outcome.status() != TargetOutcome.Status.CAUGHT_UP) {
        throw new IllegalStateException("harvest did not finish: " + outcome);
      }
    }
  }

  private static void gitLog(Path clone, Path out) throws IOException, InterruptedException {
    ProcessBuilder pb =
        new ProcessBuilder(
            "git", "--git-dir", clone.toString(), "log", "--numstat", "-M", "--format=@%H");
    pb.redirectOutput(out.toFile());
    pb.redirectError(ProcessBuilder.Redirect.INHERIT);
    if (pb.start().waitFor() != 0) {
      throw new IllegalStateException("git log failed in " + clone);
    }
  }

  private static void git(String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of("git"));
    command.addAll(Arrays.asList(args));
    Process p = new ProcessBuilder(command).inheritIO().start();
    if (p.waitFor() != 0) {
      throw new IllegalStateException(String.join(" ", command) + " failed");
    }
  }

  private static double seconds(Timing.Work work) throws Exception {
    long start = System.nanoTime();
    work.run();
    return (System.nanoTime() - start) / 1e9;
  }

  private static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }

  /** The 1-minute load average, to read the figures by: the machine is shared. */
  private static String load() {
    try {
      return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
    } catch (IOException e) {
      return "unknown";
    }
  }
}
