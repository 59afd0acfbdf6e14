package org.ossatlas.harvester.quality;

import java.time.Duration;
import java.time.Instant;

/**
 * The written rules, with their thresholds, applied to {@code data/commits.csv.gz} after every
 * compaction. Each rule has a name that appears in reports, so a reader can look it up here.
 *
 * <ul>
 *   <li>{@code future-date} (warning): an author time more than {@link #futureSlack} after the
 *       check; usually a committer's wrong clock.
 *   <li>{@code ancient-date} (warning): an author time before {@link #earliestPlausible} (1990),
 *       before any of these projects could exist; usually a zero or bogus date.
 *   <li>{@code shared-sha} (warning): the same commit in two projects; a fork or a mirror, which
 *       counts its history twice in category and backer totals.
 *   <li>{@code count-drop} (error above {@link #maxDropShare}, warning below): a project has fewer
 *       commits than at the previous check; the raw store only grows, so history was rewritten or
 *       raw files were lost.
 *   <li>{@code no-commits} (warning): a project in the sheets with no commit at all yet.
 *   <li>{@code bot-share} (warning): bots made more than {@link #maxBotShare} of a project's
 *       commits; its activity figures say little about people.
 *   <li>{@code huge-change} (warning): a commit claims more than {@link #maxLinesPerCommit} added
 *       or deleted lines (10 million: more than whole large code bases); an upstream repository or
 *       a broken diff can claim 999,999,999, and the line totals would be published as if real.
 * </ul>
 */
public record QualityRules(
    Duration futureSlack,
    Instant earliestPlausible,
    double maxDropShare,
    double maxBotShare,
    long maxLinesPerCommit) {

  public static QualityRules defaults() {
    return new QualityRules(
        Duration.ofDays(1), Instant.parse("1990-01-01T00:00:00Z"), 0.05, 0.5, 10_000_000L);
  }
}
