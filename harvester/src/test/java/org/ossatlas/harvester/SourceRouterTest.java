package org.ossatlas.harvester;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SourceRouterTest {
  @Test
  void autoTakesGraphQlForGitHubPagesWhenThereIsATokenAndGitForEverythingElse() {
    assertEquals("graphql", auto("https://github.com/duckdb/duckdb", true));
    assertEquals("git", auto("https://github.com/duckdb/duckdb", false));
    assertEquals("git", auto("https://github.com/duckdb/duckdb.git", true));
    assertEquals("git", auto("https://gitlab.com/a/b", true));
  }

  @Test
  void theSheetsSourceColumnWins() {
    HarvestTarget target =
        new HarvestTarget("duckdb", "https://github.com/duckdb/duckdb", "github");
    assertEquals("github", SourceRouter.route(target, true, true).source());
  }

  private static String auto(String url, boolean tokenSet) {
    return SourceRouter.route(new HarvestTarget("p", url, "auto"), tokenSet, true).source();
  }

  @Test
  void restIsTheOldGithubChoice() {
    assertEquals(Harvester.Choice.GITHUB, Harvester.Choice.parse("rest"));
    assertEquals(Harvester.Choice.GITHUB, Harvester.Choice.parse("github"));
    assertEquals(Harvester.Choice.GRAPHQL, Harvester.Choice.parse("GraphQL"));
  }
}
