package org.ossatlas.harvester;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ossatlas.common.AtlasException;
import org.ossatlas.common.RepositoryUrl;

/**
 * Which source harvests a project: the sheet's {@code source} column when the curator set one,
 * otherwise the run's {@link Harvester.Choice}; {@code auto} gives GitHub repository pages to the
 * GitHub source and every other URL to git.
 */
final class SourceRouter {
  private final Map<String, Source> sources = new LinkedHashMap<>();

  SourceRouter(List<Source> sources) {
    sources.forEach(s -> this.sources.put(s.name(), s));
  }

  /** Fails with a usage error when the run asks for a source this build does not offer. */
  void requireAvailable(Harvester.Choice choice) {
    if (choice == Harvester.Choice.GIT && !sources.containsKey("git")) {
      throw AtlasException.usage(
          "--source git: the git source is not available in this build; use --source github or"
              + " auto");
    }
    if (choice == Harvester.Choice.GITHUB && !sources.containsKey("github")) {
      throw AtlasException.usage("--source github: the GitHub source is not available");
    }
  }

  /** The source for {@code target}, or null when no source of this run can harvest it. */
  Source pick(HarvestTarget target, Harvester.Choice choice) {
    if (choice == Harvester.Choice.AUTO && !target.source().equals("auto")) {
      // The curator asked for a source in the sheet's `source` column.
      return sources.get(target.source());
    }
    return switch (choice) {
      case GITHUB -> {
        Source s = sources.get("github");
        yield s.canHarvest(target) ? s : null;
      }
      case GIT -> sources.get("git");
      case AUTO -> sources.get(isGitHubRepoPage(target.repoUrl()) ? "github" : "git");
    };
  }

  /** Why {@link #pick} found no source, for the summary and the run log. */
  static String noSourceReason(HarvestTarget target, Harvester.Choice choice) {
    return choice == Harvester.Choice.GITHUB
        ? "not a GitHub repository URL (" + target.repoUrl() + "); use --source auto"
        : "no source of this run can harvest " + target.repoUrl();
  }

  /**
   * Whether {@code auto} gives a URL to the GitHub source: a GitHub repository page as {@link
   * RepositoryUrl} (and so the validator) defines it; a {@code .git} clone URL is cloned.
   */
  static boolean isGitHubRepoPage(String url) {
    return RepositoryUrl.parse(url).map(RepositoryUrl::isGitHubPage).orElse(false);
  }
}
