package org.ossatlas.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.ossatlas.harvester.Harvester;
import org.ossatlas.harvester.RequestBudget;
import org.ossatlas.harvester.TargetOutcome;

/** The lines {@code harvest} prints when it ends: counts, then what needs a curator's eye. */
final class HarvestSummary {
  private HarvestSummary() {}

  static List<String> lines(Harvester.Result result, RequestBudget budget) {
    List<TargetOutcome> outcomes = result.outcomes();
    long caughtUp = count(outcomes, TargetOutcome.Status.CAUGHT_UP);
    long workLeft = count(outcomes, TargetOutcome.Status.WORK_LEFT);
    long failed = count(outcomes, TargetOutcome.Status.FAILED);
    List<String> lines = new ArrayList<>();
    lines.add(
        String.format(
            Locale.ROOT,
            "harvest: %d projects in %.1f s: %d caught up, %d work left, %d failed%s",
            outcomes.size(),
            result.took().toMillis() / 1000.0,
            caughtUp,
            workLeft,
            failed,
            result.skipped().isEmpty() ? "" : ", " + result.skipped().size() + " skipped"));
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
    result.skipped().forEach(s -> lines.add("  skipped    " + s));
    result.repairs().forEach(r -> lines.add("  repaired   " + r));
    lines.add(totals(outcomes, budget));
    if (failed > 0 && workLeft == 0) {
      lines.add(
          "warning: " + failed + " repositories failed (see above); the others are caught up");
    }
    return lines;
  }

  private static String totals(List<TargetOutcome> outcomes, RequestBudget budget) {
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
    return tail.toString();
  }

  private static long count(List<TargetOutcome> outcomes, TargetOutcome.Status status) {
    return outcomes.stream().filter(o -> o.status() == status).count();
  }
}
