package org.ossatlas.analytics.depth;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.ossatlas.common.RepoFacts;

/**
 * A project's releases: every tag of its clone, plus the latest GitHub release from {@code
 * data/repos.csv} when the clone lacks that tag (a project harvested through the API has no clone).
 */
public record ProjectReleases(List<Release> releases) {
  public static ProjectReleases of(List<Release> gitTags, RepoFacts facts) {
    List<Release> all = new ArrayList<>(gitTags);
    if (facts != null && facts.latestReleaseTag() != null) {
      String tag = facts.latestReleaseTag();
      if (all.stream().noneMatch(r -> r.tag().equals(tag))) {
        // GitHub's "latest release" is never a pre-release, whatever its name says.
        all.add(new Release(tag, parse(facts.latestReleaseDate()), false));
      }
    }
    all.sort(Release.ORDER);
    return new ProjectReleases(List.copyOf(all));
  }

  /** The newest dated release that is not a pre-release; null when there is none. */
  public Release latest() {
    Release latest = null;
    for (Release r : releases) {
      if (!r.prerelease() && r.date() != null) {
        latest = r; // oldest first, so the last one wins
      }
    }
    return latest;
  }

  /** Releases (pre-releases excluded) dated in {@code [from, to)}. */
  public long countBetween(Instant from, Instant to) {
    return releases.stream()
        .filter(r -> !r.prerelease() && r.date() != null)
        .filter(r -> !r.date().isBefore(from) && r.date().isBefore(to))
        .count();
  }

  private static Instant parse(String iso) {
    if (iso == null) {
      return null;
    }
    try {
      return Instant.parse(iso);
    } catch (DateTimeParseException e) {
      return null; // a date we cannot read is an unknown date, as an empty cell would be
    }
  }
}
