package org.ossatlas.harvester;

import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
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
 * One harvest run over the curated projects: takes the {@link HarvestLock}, lets the {@link
 * SourceRouter} pick a source per project, runs them in {@link HarvestOrder} under a shared {@link
 * RequestBudget}, and records the run. Exit code: 0 when nothing is left to do (failed repositories
 * are reported as warnings), 75 when any project stopped with work left. The console summary is the
 * command line's ({@code cli}'s {@code HarvestSummary}).
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

    /** The spelling on the command line (and in {@code --help}). */
    @Override
    public String toString() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /**
   * @param tokenSet whether a GitHub identity is configured: {@code auto} then takes GitHub
   *     repositories through the GraphQL source (the run must offer it), otherwise through git
   *     clones ({@link SourceRouter#route})
   */
  public record Options(
      Choice choice, Set<String> only, Shard shard, long rawFileBytes, boolean tokenSet) {
    public Options(Choice choice, Set<String> only, Shard shard, long rawFileBytes) {
      this(choice, only, shard, rawFileBytes, false);
    }

    public static Options defaults() {
      return new Options(Choice.AUTO, Set.of(), Shard.ALL, RawStore.DEFAULT_SEAL_BYTES);
    }
  }

  /**
   * What a run did: every outcome, the projects no source could take ({@code "id: reason"}), the
   * raw files repaired on open, and how long it took; {@code cli} turns it into the summary.
   */
  public record Result(
      List<TargetOutcome> outcomes,
      int exitCode,
      StageReport report,
      List<String> skipped,
      List<String> repairs,
      Duration took) {}

  private final Workspace workspace;
  private final List<Source> sources;
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
    this.sources = List.copyOf(sources);
    this.budget = budget;
    this.clock = clock;
    this.externalStop = externalStop;
  }

  public Result run(Options options) {
    SourceRouter router = new SourceRouter(sources, options.tokenSet());
    router.requireAvailable(options.choice());
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
    HarvestLock lock = HarvestLock.take(workspace.state(), clock);
    try {
      return harvest(targets, options, router);
    } finally {
      lock.close();
    }
  }

  private Result harvest(List<HarvestTarget> targets, Options options, SourceRouter router) {
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
      List<HarvestTarget> ordered =
          HarvestOrder.leastRecentFirst(
              targets, workspace.state(), t -> router.pick(t, options.choice()));
      for (HarvestTarget target : ordered) {
        Source source = router.pick(target, options.choice());
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
        Source source = router.pick(target, options.choice());
        if (source == null) {
          String reason = SourceRouter.noSourceReason(target, options.choice());
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
    return new Result(
        List.copyOf(outcomes),
        exitCode(outcomes),
        report,
        List.copyOf(skipped),
        List.copyOf(raw.repairs()),
        took);
  }

  /**
   * 75 when work is left; 1 when every project failed (cron must notice a harvest that fetches
   * nothing: a revoked token, no network); else 0, the failures of some listed as warnings.
   */
  static int exitCode(List<TargetOutcome> outcomes) {
    if (outcomes.stream().anyMatch(o -> o.status() == TargetOutcome.Status.WORK_LEFT)) {
      return ExitCode.TEMP_FAIL;
    }
    if (!outcomes.isEmpty()
        && outcomes.stream().allMatch(o -> o.status() == TargetOutcome.Status.FAILED)) {
      return ExitCode.SOFTWARE;
    }
    return ExitCode.OK;
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
}
