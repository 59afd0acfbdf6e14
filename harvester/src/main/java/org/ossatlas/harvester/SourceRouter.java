package org.ossatlas.harvester;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ossatlas.common.AtlasException;
import org.ossatlas.common.RepositoryUrl;

/**
 * Which source harvests a project: the sheet's {@code source} column when the curator set one,
 * otherwise the run's {@link Harvester.Choice}; {@code auto} gives GitHub repository pages to the
 * GraphQL source when there is a token, else to REST, and every other URL to git.
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
      throw AtlasException.usage("--source rest: the GitHub REST source is not available");
    }
    if (choice == Harvester.Choice.GRAPHQL && !sources.containsKey("graphql")) {
      throw AtlasException.usage(
          "--source graphql: GitHub's GraphQL API needs a token; set GITHUB_TOKEN, GITHUB_TOKENS"
              + " or GITHUB_TOKEN_FILE (docs/harvest.md), or use --source git");
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
      case GRAPHQL -> {
        Source s = sources.get("graphql");
        yield s.canHarvest(target) ? s : null;
      }
      case GIT -> sources.get("git");
      case AUTO -> sources.get(autoSource(target.repoUrl(), sources.containsKey("graphql")));
    };
  }

  /**
   * The one routing rule of {@code --source auto}: a {@code https://github.com/OWNER/NAME} page
   * goes to GraphQL when the run has a token (GraphQL needs one; the GraphQL source is only offered
   * then), else to REST; every other URL to a git clone.
   */
  static String autoSource(String url, boolean graphqlAvailable) {
    if (!isGitHubRepoPage(url)) {
      return "git";
    }
    return graphqlAvailable ? "graphql" : "github";
  }

  /** Why {@link #pick} found no source, for the summary and the run log. */
  static String noSourceReason(HarvestTarget target, Harvester.Choice choice) {
    return choice == Harvester.Choice.GITHUB || choice == Harvester.Choice.GRAPHQL
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
