package org.ossatlas.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ossatlas.common.StageRun;
import org.ossatlas.harvester.Harvester;
import org.ossatlas.harvester.RequestBudget;
import org.ossatlas.harvester.TargetOutcome;

class HarvestSummaryTest {
  @Test
  void listsWhatNeedsAttentionThenTheTotalsAndWarnsWhenOnlyFailuresAreLeft() {
    RequestBudget budget = new RequestBudget(100);
    budget.record(false);
    budget.record(true);
    budget.rateLimit(4000, 5000, Instant.parse("2026-01-01T00:00:00Z"));
    Harvester.Result result =
        new Harvester.Result(
            List.of(
                new TargetOutcome("ok", "github", TargetOutcome.Status.CAUGHT_UP, 3, 1, null),
                new TargetOutcome(
                    "moved", "github", TargetOutcome.Status.CAUGHT_UP, 2, 0, "renamed to o/n"),
                new TargetOutcome("gone", "github", TargetOutcome.Status.FAILED, 0, 1, "404")),
            0,
            StageRun.start("harvest").finish(true),
            List.of("odd: no source of this run can harvest svn://x"),
            List.of("t/1.jsonl.gz: torn tail cut"),
            Duration.ofMillis(1500));

    assertThat(HarvestSummary.lines(result, budget))
        .containsExactly(
            "harvest: 3 projects in 1.5 s: 2 caught up, 0 work left, 1 failed, 1 skipped",
            "  failed     gone: 404",
            "  note       moved: renamed to o/n",
            "  skipped    odd: no source of this run can harvest svn://x",
            "  repaired   t/1.jsonl.gz: torn tail cut",
            "new commits: 5; requests: 2 (1 not modified, free); budget: 1 of 100;"
                + " rate limit left: 4000 of 5000, resets 2026-01-01T00:00:00Z",
            "warning: 1 repositories failed (see above); the others are caught up");
  }

  @Test
  void workLeftIsListedAndSuppressesTheFailureWarning() {
    Harvester.Result result =
        new Harvester.Result(
            List.of(
                new TargetOutcome(
                    "big", "github", TargetOutcome.Status.WORK_LEFT, 0, 2, "budget spent"),
                new TargetOutcome("gone", "github", TargetOutcome.Status.FAILED, 0, 1, "404")),
            75,
            StageRun.start("harvest").finish(true),
            List.of(),
            List.of(),
            Duration.ZERO);

    assertThat(HarvestSummary.lines(result, RequestBudget.unlimited()))
        .contains("  work left  big: budget spent")
        .noneMatch(l -> l.startsWith("warning"));
  }
}
