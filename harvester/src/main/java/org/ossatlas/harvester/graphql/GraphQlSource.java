package org.ossatlas.harvester.graphql;

import java.net.http.HttpClient;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ossatlas.harvester.HarvestContext;
import org.ossatlas.harvester.HarvestTarget;
import org.ossatlas.harvester.RequestBudget;
import org.ossatlas.harvester.Sleeper;
import org.ossatlas.harvester.Source;
import org.ossatlas.harvester.TargetOutcome;
import org.ossatlas.harvester.github.GitHubSource;

/**
 * Commits with their line counts from GitHub's GraphQL API: 100 commits and their additions,
 * deletions and changed files per request, where REST needs a request per commit. Per run: the
 * projects whose last walk completed are checked 50 to a query ({@link CaughtUpCheck}); those whose
 * head moved, new ones and walks under way then walk their history ({@link HistoryWalk}).
 * Everything received is stored under source {@code graphql} (kinds {@code history}, {@code repo},
 * {@code error}; docs/raw-store.md). GraphQL needs a token: {@link TokenPool}.
 */
public final class GraphQlSource implements Source {
  public static final String NAME = "graphql";

  private final GraphQlSettings settings;
  private final TokenPool tokens;
  private final RequestBudget budget;
  private final Sleeper sleeper;
  private final HttpClient http;

  public GraphQlSource(
      GraphQlSettings settings, TokenPool tokens, RequestBudget budget, Sleeper sleeper) {
    this(settings, tokens, budget, sleeper, GraphQlClient.defaultHttp());
  }

  GraphQlSource(
      GraphQlSettings settings,
      TokenPool tokens,
      RequestBudget budget,
      Sleeper sleeper,
      HttpClient http) {
    this.settings = settings;
    this.tokens = tokens;
    this.budget = budget;
    this.sleeper = sleeper;
    this.http = http;
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public boolean canHarvest(HarvestTarget target) {
    return !tokens.isEmpty() && GitHubSource.repoOf(target.repoUrl()).isPresent();
  }

  /** The run's projects go through {@link #harvestAll}: caught-up ones are checked in batches. */
  @Override
  public boolean batched() {
    return true;
  }

  @Override
  public TargetOutcome harvest(HarvestTarget target, HarvestContext context) {
    return harvestAll(List.of(target), context, 1).get(0);
  }

  @Override
  public List<TargetOutcome> harvestAll(
      List<HarvestTarget> targets, HarvestContext context, int threads) {
    GraphQlClient client =
        new GraphQlClient(settings, tokens, budget, sleeper, context.clock(), http);
    Map<String, TargetOutcome> outcomes = new LinkedHashMap<>();
    Map<String, GraphQlCheckpoint> checkpoints = new LinkedHashMap<>();
    List<CaughtUpCheck.Candidate> candidates = new ArrayList<>();
    for (HarvestTarget target : targets) {
      Optional<String> repo = GitHubSource.repoOf(target.repoUrl());
      GraphQlCheckpoint cp =
          GraphQlCheckpoint.read(GraphQlCheckpoint.file(context.stateDir(), target.project()));
      if (repo.isEmpty()) {
        outcomes.put(
            target.project(),
            fail(
                target,
                context,
                cp,
                "not a GitHub repository URL ("
                    + target.repoUrl()
                    + "): write https://github.com/OWNER/NAME, or set source to git"));
        continue;
      }
      if (cp == null || !target.repoUrl().equals(cp.repoUrl())) {
        long stored = cp == null ? 0 : cp.commitsStored();
        cp =
            GraphQlCheckpoint.fresh(
                    target.project(), target.repoUrl(), repo.get(), settings.pageSize())
                .withProgress(stored, null, Map.of(), null, settings.pageSize());
      }
      checkpoints.put(target.project(), cp);
      if (cp.walk() == null && cp.head() != null) {
        candidates.add(new CaughtUpCheck.Candidate(target.project(), cp.repo(), cp.head()));
      }
    }
    Map<String, Long> checkCost = new LinkedHashMap<>();
    try {
      checkInBatches(candidates, context, client, checkpoints, outcomes, checkCost);
    } catch (Stop stop) {
      // Every project not decided yet is reported as not started, below.
    }
    List<TargetOutcome> ordered = new ArrayList<>();
    for (HarvestTarget target : targets) {
      TargetOutcome outcome = outcomes.get(target.project());
      if (outcome == null) {
        if (context.shouldStop()) {
          outcome =
              new TargetOutcome(
                  target.project(),
                  NAME,
                  TargetOutcome.Status.WORK_LEFT,
                  0,
                  0,
                  "not started: " + stopReason());
        } else {
          TargetOutcome walked =
              new HistoryWalk(
                      target,
                      context,
                      settings,
                      client,
                      checkpoints.get(target.project()),
                      budget::stopReason)
                  .run();
          outcome =
              new TargetOutcome(
                  walked.project(),
                  NAME,
                  walked.status(),
                  walked.newCommits(),
                  walked.requests() + checkCost.getOrDefault(target.project(), 0L),
                  walked.detail());
        }
      }
      ordered.add(outcome);
    }
    return ordered;
  }

  private void checkInBatches(
      List<CaughtUpCheck.Candidate> candidates,
      HarvestContext context,
      GraphQlClient client,
      Map<String, GraphQlCheckpoint> checkpoints,
      Map<String, TargetOutcome> outcomes,
      Map<String, Long> checkCost)
      throws Stop {
    CaughtUpCheck check = new CaughtUpCheck(client, settings, context);
    for (int from = 0; from < candidates.size(); from += settings.batch()) {
      if (context.shouldStop()) {
        return;
      }
      List<CaughtUpCheck.Candidate> batch =
          candidates.subList(from, Math.min(candidates.size(), from + settings.batch()));
      long sentBefore = client.sent();
      Map<String, CaughtUpCheck.Verdict> verdicts = check.check(batch);
      long cost = client.sent() - sentBefore; // booked on the batch's first project
      for (CaughtUpCheck.Candidate candidate : batch) {
        GraphQlCheckpoint cp = checkpoints.get(candidate.project());
        long requests = candidate == batch.get(0) ? cost : 0;
        checkCost.put(candidate.project(), requests);
        switch (verdicts.get(candidate.project())) {
          case UNCHANGED -> {
            cp = cp.finished(statusText(TargetOutcome.Status.CAUGHT_UP), null, now(context));
            cp.write(GraphQlCheckpoint.file(context.stateDir(), candidate.project()));
            outcomes.put(
                candidate.project(),
                new TargetOutcome(
                    candidate.project(), NAME, TargetOutcome.Status.CAUGHT_UP, 0, requests, null));
          }
          case GONE -> {
            String reason =
                "not found: "
                    + candidate.repo()
                    + " was deleted, renamed without a redirect, or made private; fix"
                    + " projects.csv";
            cp = cp.finished(statusText(TargetOutcome.Status.FAILED), reason, now(context));
            cp.write(GraphQlCheckpoint.file(context.stateDir(), candidate.project()));
            outcomes.put(
                candidate.project(),
                new TargetOutcome(
                    candidate.project(), NAME, TargetOutcome.Status.FAILED, 0, requests, reason));
          }
          default -> {
            // CHANGED or UNKNOWN: the project walks.
          }
        }
      }
    }
  }

  private TargetOutcome fail(
      HarvestTarget target, HarvestContext context, GraphQlCheckpoint cp, String reason) {
    GraphQlCheckpoint base =
        cp != null ? cp : GraphQlCheckpoint.fresh(target.project(), target.repoUrl(), null, 100);
    base.finished(statusText(TargetOutcome.Status.FAILED), reason, now(context))
        .write(GraphQlCheckpoint.file(context.stateDir(), target.project()));
    return new TargetOutcome(target.project(), NAME, TargetOutcome.Status.FAILED, 0, 0, reason);
  }

  private String stopReason() {
    return budget.stopReason() != null ? budget.stopReason() : "the run was asked to stop";
  }

  private static java.time.Instant now(HarvestContext context) {
    Clock clock = context.clock();
    return clock.instant();
  }

  static String statusText(TargetOutcome.Status status) {
    return switch (status) {
      case CAUGHT_UP -> "caught_up";
      case WORK_LEFT -> "work_left";
      case FAILED -> "failed";
    };
  }
}
