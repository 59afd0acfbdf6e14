package org.ossatlas.harvester;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;
import org.ossatlas.common.AtlasException;
import org.ossatlas.common.ExitCode;
import org.ossatlas.common.Progress;
import org.ossatlas.common.RunLog;
import org.ossatlas.common.StageReport;
import org.ossatlas.common.StageRun;
import org.ossatlas.common.Workspace;
import org.ossatlas.harvester.raw.RawStore;

/**
 * One harvest run over the curated projects: picks a source per project, runs them one after the
 * other under a shared {@link RequestBudget}, holds {@code data/state/harvest.lock} so that two
 * harvests never run at once, and sums up. Exit code: 0 when nothing is left to do (failed
 * repositories are reported as warnings), 75 when any project stopped with work left.
 */
public final class Harvester {
  /**
   * How to choose a source: {@code auto}, {@code graphql}, {@code rest} (also spelled {@code
   * github}, its name before GraphQL) or {@code git}.
   */
  public enum Choice {
    GITHUB,
    GRAPHQL,
    GIT,
    AUTO;

    public static Choice parse(String text) {
      String name = text.strip().toUpperCase(Locale.ROOT);
      if (name.equals("REST")) {
        return GITHUB;
      }
      try {
        return valueOf(name);
      } catch (IllegalArgumentException e) {
        throw AtlasException.usage("--source " + text + ": expected auto, graphql, rest or git");
      }
    }
  }

  public record Options(Choice choice, Set<String> only, Shard shard, long rawFileBytes) {
    public static Options defaults() {
      return new Options(Choice.AUTO, Set.of(), Shard.ALL, RawStore.DEFAULT_SEAL_BYTES);
    }
  }

  /** What a run did; {@link #summary()} is what the command prints. */
  public record Result(
      List<TargetOutcome> outcomes, int exitCode, StageReport report, List<String> summary) {}

  private static final ObjectMapper JSON = new ObjectMapper();

  private final Workspace workspace;
  private final Map<String, Source> sources = new LinkedHashMap<>();
  private final RequestBudget budget;
  private final Clock clock;
  private final BooleanSupplier externalStop;

  public Harvester(
      Workspace workspace,
      List<Source> sources,
      RequestBudget budget,
      Clock clock,
      BooleanSupplier externalStop) {
    this.workspace = workspace;
    sources.forEach(s -> this.sources.put(s.name(), s));
    this.budget = budget;
    this.clock = clock;
    this.externalStop = externalStop;
  }

  /**
   * The one routing rule of {@code --source auto}: a {@code https://github.com/OWNER/NAME} page
   * goes to GraphQL when the run has a token (GraphQL needs one), else to REST; every other URL to
   * a git clone.
   */
  public static String autoSource(String url, boolean graphqlAvailable) {
    if (!isGitHubRepoPage(url)) {
      return "git";
    }
    return graphqlAvailable ? "graphql" : "github";
  }

  /** Whether {@code auto} gives a URL to the GitHub source: {@code https://github.com/O/N}. */
  public static boolean isGitHubRepoPage(String url) {
    String u = url.strip();
    if (u.endsWith(".git") || u.endsWith(".git/")) {
      return false;
    }
    try {
      URI uri = URI.create(u);
      String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
      return "https".equalsIgnoreCase(uri.getScheme())
          && (host.equals("github.com") || host.equals("www.github.com"))
          && uri.getPath() != null
          && uri.getPath().replaceAll("/+$", "").split("/").length == 3
          && uri.getQuery() == null;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  public Result run(Options options) {
    if (options.choice() == Choice.GIT && !sources.containsKey("git")) {
      throw AtlasException.usage(
          "--source git: the git source is not available in this build; use --source github or"
              + " auto");
    }
    if (options.choice() == Choice.GITHUB && !sources.containsKey("github")) {
      throw AtlasException.usage("--source rest: the GitHub REST source is not available");
    }
    if (options.choice() == Choice.GRAPHQL && !sources.containsKey("graphql")) {
      throw AtlasException.usage(
          "--source graphql: GitHub's GraphQL API needs a token; set GITHUB_TOKEN, GITHUB_TOKENS,"
              + " GITHUB_TOKEN_FILE or a GitHub App (docs/harvest.md), or use --source git");
    }
    List<HarvestTarget> all = HarvestTargets.read(workspace.sheets().resolve("projects.csv"));
    Set<String> known = new java.util.HashSet<>();
    all.forEach(t -> known.add(t.project()));
    for (String project : options.only()) {
      if (!known.contains(project)) {
        throw AtlasException.usage("--only " + project + ": no such project in projects.csv");
      }
    }
    List<HarvestTarget> targets =
        all.stream()
            .filter(t -> options.only().isEmpty() || options.only().contains(t.project()))
            .filter(t -> options.shard().owns(t.project()))
            .toList();
    try (FileChannel lockChannel = lock()) {
      return harvest(targets, options, lockChannel != null);
    } catch (IOException e) {
      throw new UncheckedIOException("could not release the harvest lock", e);
    }
  }

  private Result harvest(List<HarvestTarget> targets, Options options, boolean locked) {
    StageRun stage = StageRun.start("harvest");
    long started = System.nanoTime();
    RawStore raw = new RawStore(workspace.raw(), options.rawFileBytes(), clock);
    HarvestContext context =
        new HarvestContext(
            raw,
            workspace.state(),
            workspace.gitClones(),
            clock,
            () -> budget.stopRequested() || externalStop.getAsBoolean());
    List<TargetOutcome> outcomes = new ArrayList<>();
    List<String> skipped = new ArrayList<>();
    stage.in("projects", targets.size());
    boolean succeeded = false;
    try (Progress progress = Progress.start("harvest", targets.size())) {
      List<HarvestTarget> sequential = new ArrayList<>();
      Map<Source, List<HarvestTarget>> concurrent = new LinkedHashMap<>();
      for (HarvestTarget target : ordered(targets, options)) {
        Source source = pick(target, options.choice());
        if (source != null && (source.concurrent() || source.batched())) {
          concurrent.computeIfAbsent(source, s -> new ArrayList<>()).add(target);
        } else {
          sequential.add(target);
        }
      }
      for (Map.Entry<Source, List<HarvestTarget>> group : concurrent.entrySet()) {
        progress.message(group.getValue().size() + " " + group.getKey().name() + " projects");
        outcomes.addAll(group.getKey().harvestAll(group.getValue(), context, threads()));
        progress.stepBy(group.getValue().size());
      }
      for (HarvestTarget target : sequential) {
        progress.message(target.project());
        Source source = pick(target, options.choice());
        if (source == null) {
          String reason =
              options.choice() == Choice.GITHUB
                  ? "not a GitHub repository URL (" + target.repoUrl() + "); use --source auto"
                  : "no source of this run can harvest " + target.repoUrl();
          skipped.add(target.project() + ": " + reason);
          stage.skip(target.project(), reason);
          progress.step();
          continue;
        }
        if (context.shouldStop()) {
          outcomes.add(
              new TargetOutcome(
                  target.project(),
                  source.name(),
                  TargetOutcome.Status.WORK_LEFT,
                  0,
                  0,
                  "not started: " + stopReason()));
          progress.step();
          continue;
        }
        TargetOutcome outcome;
        try {
          outcome = source.harvest(target, context);
        } catch (AtlasException | UncheckedIOException e) {
          // Per the Source contract, what is thrown would fail every project alike (a corrupt raw
          // file, a full disk, an unwritable state folder): the run stops with that error.
          throw e;
        } catch (RuntimeException e) {
          outcome =
              new TargetOutcome(
                  target.project(),
                  source.name(),
                  TargetOutcome.Status.FAILED,
                  0,
                  0,
                  "unexpected error: " + e);
        }
        outcomes.add(outcome);
        progress.step();
      }
      succeeded = true;
    } finally {
      if (!succeeded) {
        record(stage, outcomes, raw, false);
      }
    }
    Duration took = Duration.ofNanos(System.nanoTime() - started);
    StageReport report = record(stage, outcomes, raw, true);
    int exit =
        outcomes.stream().anyMatch(o -> o.status() == TargetOutcome.Status.WORK_LEFT)
            ? ExitCode.TEMP_FAIL
            : ExitCode.OK;
    return new Result(
        List.copyOf(outcomes), exit, report, summary(outcomes, skipped, raw.repairs(), took));
  }

  private StageReport record(
      StageRun stage, List<TargetOutcome> outcomes, RawStore raw, boolean succeeded) {
    long newCommits = outcomes.stream().mapToLong(TargetOutcome::newCommits).sum();
    long requests = outcomes.stream().mapToLong(TargetOutcome::requests).sum();
    stage.out("commits", newCommits).out("requests", requests);
    for (TargetOutcome o : outcomes) {
      if (o.status() == TargetOutcome.Status.FAILED) {
        stage.warn(o.project() + ": " + o.detail());
        stage.skip(o.project(), o.detail());
      }
    }
    raw.repairs().forEach(r -> stage.warn("raw store repair: " + r));
    StageReport report = stage.finish(succeeded);
    new RunLog(workspace).append(report);
    return report;
  }

  private String stopReason() {
    if (budget.stopReason() != null) {
      return budget.stopReason();
    }
    return externalStop.getAsBoolean() ? "the run was asked to stop" : "stopped";
  }

  /** Concurrent sources get the machine's cores. */
  private static int threads() {
    return Runtime.getRuntime().availableProcessors();
  }

  private Source pick(HarvestTarget target, Choice choice) {
    if (choice == Choice.AUTO && !target.source().equals("auto")) {
      // The curator asked for a source in the sheet's `source` column.
      return sources.get(target.source());
    }
    return switch (choice) {
      case GITHUB -> {
        Source s = sources.get("github");
        yield s.canHarvest(target) ? s : null;
      }
      case GRAPHQL -> {
        Source s = sources.get("graphql");
        yield s.canHarvest(target) ? s : null;
      }
      case GIT -> sources.get("git");
      case AUTO -> sources.get(autoSource(target.repoUrl(), sources.containsKey("graphql")));
    };
  }

  /** Least recently harvested first, so that a small budget still gets round to every project. */
  private List<HarvestTarget> ordered(List<HarvestTarget> targets, Options options) {
    Map<String, Instant> updated = new LinkedHashMap<>();
    for (HarvestTarget target : targets) {
      Source source = pick(target, options.choice());
      updated.put(
          target.project(), source == null ? Instant.MIN : lastUpdate(source.name(), target));
    }
    return targets.stream()
        .sorted(Comparator.comparing((HarvestTarget t) -> updated.get(t.project())))
        .toList();
  }

  private Instant lastUpdate(String source, HarvestTarget target) {
    Path file = workspace.state().resolve(source).resolve(target.project() + ".json");
    if (!Files.exists(file)) {
      return Instant.MIN;
    }
    try {
      JsonNode node = JSON.readTree(file.toFile());
      String text = node.path("updated_at").asText(null);
      return text == null ? Instant.MIN : Instant.parse(text);
    } catch (IOException | RuntimeException e) {
      return Instant.MIN;
    }
  }

  private FileChannel lock() {
    Path file = workspace.state().resolve("harvest.lock");
    try {
      Files.createDirectories(file.getParent());
      FileChannel channel =
          FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
      FileLock lock;
      try {
        lock = channel.tryLock();
      } catch (OverlappingFileLockException e) {
        lock = null;
      }
      if (lock == null) {
        channel.close();
        String holder = "";
        try {
          holder = " (" + Files.readString(file, StandardCharsets.UTF_8).strip() + ")";
        } catch (IOException ignored) {
          // The message is complete without it.
        }
        throw new AtlasException(
            ExitCode.TEMP_FAIL,
            "another harvest is running"
                + holder
                + ": "
                + file
                + " is locked. This run did nothing; try again when it has finished.");
      }
      channel.truncate(0);
      channel.write(
          StandardCharsets.UTF_8.encode(
              "pid " + ProcessHandle.current().pid() + ", started " + clock.instant() + "\n"));
      channel.force(false);
      return channel;
    } catch (IOException e) {
      throw new UncheckedIOException("could not take the harvest lock " + file, e);
    }
  }

  private List<String> summary(
      List<TargetOutcome> outcomes, List<String> skipped, List<String> repairs, Duration took) {
    long caughtUp = count(outcomes, TargetOutcome.Status.CAUGHT_UP);
    long workLeft = count(outcomes, TargetOutcome.Status.WORK_LEFT);
    long failed = count(outcomes, TargetOutcome.Status.FAILED);
    List<String> lines = new ArrayList<>();
    lines.add(
        String.format(
            Locale.ROOT,
            "harvest: %d projects in %.1f s: %d caught up, %d work left, %d failed%s",
            outcomes.size(),
            took.toMillis() / 1000.0,
            caughtUp,
            workLeft,
            failed,
            skipped.isEmpty() ? "" : ", " + skipped.size() + " skipped"));
    for (TargetOutcome o : outcomes) {
      if (o.status() == TargetOutcome.Status.WORK_LEFT) {
        lines.add("  work left  " + o.project() + ": " + o.detail());
      }
    }
    for (TargetOutcome o : outcomes) {
      if (o.status() == TargetOutcome.Status.FAILED) {
        lines.add("  failed     " + o.project() + ": " + o.detail());
      }
    }
    for (TargetOutcome o : outcomes) {
      if (o.status() == TargetOutcome.Status.CAUGHT_UP && o.detail() != null) {
        lines.add("  note       " + o.project() + ": " + o.detail());
      }
    }
    skipped.forEach(s -> lines.add("  skipped    " + s));
    repairs.forEach(r -> lines.add("  repaired   " + r));
    long newCommits = outcomes.stream().mapToLong(TargetOutcome::newCommits).sum();
    long requests = outcomes.stream().mapToLong(TargetOutcome::requests).sum();
    StringBuilder tail =
        new StringBuilder(
            String.format(
                Locale.ROOT,
                "new commits: %d; requests: %d (%d not modified, free)",
                newCommits,
                requests,
                budget.notModified()));
    if (budget.max() != Long.MAX_VALUE) {
      tail.append("; budget: ").append(budget.charged()).append(" of ").append(budget.max());
    }
    budget
        .rateRemaining()
        .ifPresent(
            left -> {
              tail.append("; rate limit left: ").append(left);
              budget.rateLimitTotal().ifPresent(l -> tail.append(" of ").append(l));
              if (budget.rateReset() != null) {
                tail.append(", resets ").append(budget.rateReset());
              }
            });
    lines.add(tail.toString());
    if (failed > 0 && workLeft == 0) {
      lines.add(
          "warning: " + failed + " repositories failed (see above); the others are caught up");
    }
    return lines;
  }

  private static long count(List<TargetOutcome> outcomes, TargetOutcome.Status status) {
    return outcomes.stream().filter(o -> o.status() == status).count();
  }
}
