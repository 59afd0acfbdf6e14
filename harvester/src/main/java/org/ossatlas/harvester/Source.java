package org.ossatlas.harvester;

import java.util.ArrayList;
import java.util.List;

/**
 * Where commits come from: the GitHub REST API or a git clone. The harvester asks a source, one
 * project at a time, to store what is new since the last run.
 *
 * <p>The contract every source keeps:
 *
 * <ul>
 *   <li><b>Verbatim, append-only.</b> Everything received goes to the project's {@link
 *       org.ossatlas.harvester.raw.RawLog} before anything is derived from it; nothing stored is
 *       ever rewritten. The record shapes are in {@code docs/raw-store.md}.
 *   <li><b>Checkpoint after store.</b> A source's checkpoint (under {@link
 *       HarvestContext#stateDir()}) is written atomically and only after the raw records it points
 *       past are durable. A run killed at any instant therefore resumes from the last checkpoint:
 *       nothing is lost, at most the last unfinished step is fetched again, and compaction's
 *       de-duplication by {@code (project, sha)} absorbs that repeat.
 *   <li><b>Caught up means caught up.</b> {@link TargetOutcome.Status#CAUGHT_UP} promises every
 *       commit of the default branch known to the source at the time of the run is stored.
 *   <li><b>Failures stay local.</b> A repository that is gone, empty, unreachable or refuses access
 *       ends as {@link TargetOutcome.Status#FAILED} with a reason; it never throws past the source
 *       and never stops the other projects. Only a problem that would fail every project the same
 *       way (a bad token, a full disk) is thrown.
 *   <li><b>Stops when asked.</b> When {@link HarvestContext#shouldStop()} turns true (budget spent,
 *       rate limit, Ctrl-C or SIGTERM) the source finishes the step it is in, checkpoints and
 *       returns {@link TargetOutcome.Status#WORK_LEFT}.
 *   <li><b>No secrets stored.</b> Tokens and passwords never reach raw records, checkpoints or
 *       messages.
 * </ul>
 */
public interface Source {
  /** The name used by {@code --source} and in raw records: {@code github} or {@code git}. */
  String name();

  /** Whether this source can harvest the target's repository URL. */
  boolean canHarvest(HarvestTarget target);

  /** Stores what is new for one project; see the class contract. */
  TargetOutcome harvest(HarvestTarget target, HarvestContext context);

  /**
   * Whether {@link #harvestAll} works on several projects at once. The git source does (its cost is
   * CPU-bound diffs, spread over the cores); the GitHub source does not (one request budget, and
   * GitHub asks clients not to make concurrent requests).
   */
  default boolean concurrent() {
    return false;
  }

  /**
   * Harvests several projects, on up to {@code threads} threads when {@link #concurrent()}; the
   * outcomes come back in the order of {@code targets}. The default is one after the other.
   */
  default List<TargetOutcome> harvestAll(
      List<HarvestTarget> targets, HarvestContext context, int threads) {
    List<TargetOutcome> outcomes = new ArrayList<>();
    for (HarvestTarget target : targets) {
      outcomes.add(harvest(target, context));
    }
    return outcomes;
  }
}
