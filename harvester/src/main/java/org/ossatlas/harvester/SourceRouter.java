package org.ossatlas.harvester;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ossatlas.common.AtlasException;
import org.ossatlas.common.RepositoryUrl;

/**
 * Which source harvests a project: the sheet's {@code source} column when the curator set one,
 * otherwise the run's {@link Harvester.Choice}; {@code auto} follows {@link #route}.
 */
public final class SourceRouter {
  /** A project's source and why it was chosen, as {@code status} shows it. */
  public record Route(String source, String reason) {}

  private final Map<String, Source> sources = new LinkedHashMap<>();
  private final boolean tokenSet;

  SourceRouter(List<Source> sources, boolean tokenSet) {
    sources.forEach(s -> this.sources.put(s.name(), s));
    this.tokenSet = tokenSet;
  }

  /**
   * The routing rule of {@code --source auto}, in one place (the harvest and {@code status} both
   * ask it): the sheet's {@code source} column wins; a GitHub repository page goes to GitHub's
   * GraphQL API when a token is set (line counts at about 1% of REST's requests), and to a git
   * clone when none is (60 unauthenticated requests an hour would take days; a clone has no limit,
   * and honours {@code url.<base>.insteadOf}); every other URL is cloned. Without the git source in
   * the run, GitHub pages stay with the API.
   */
  public static Route route(HarvestTarget target, boolean tokenSet, boolean gitAvailable) {
    if (!target.source().equals("auto")) {
      return new Route(target.source(), "the sheet's source column");
    }
    if (!isGitHubRepoPage(target.repoUrl())) {
      return new Route("git", "not a GitHub repository page");
    }
    if (tokenSet) {
      return new Route("graphql", "GitHub repository, token set: GraphQL");
    }
    return gitAvailable
        ? new Route("git", "GitHub repository, no token: clone")
        : new Route("github", "GitHub repository, no token, no git source");
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
    if (choice == Harvester.Choice.AUTO) {
      return sources.get(route(target, tokenSet, sources.containsKey("git")).source());
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
      case AUTO -> throw new IllegalStateException("routed above");
    };
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
  public static boolean isGitHubRepoPage(String url) {
    return RepositoryUrl.parse(url).map(RepositoryUrl::isGitHubPage).orElse(false);
  }
}
