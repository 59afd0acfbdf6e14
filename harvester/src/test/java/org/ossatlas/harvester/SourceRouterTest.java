package org.ossatlas.harvester;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SourceRouterTest {
  @Test
  void autoTakesGraphQlForGitHubPagesWhenThereIsATokenAndGitForEverythingElse() {
    assertEquals("graphql", SourceRouter.autoSource("https://github.com/duckdb/duckdb", true));
    assertEquals("github", SourceRouter.autoSource("https://github.com/duckdb/duckdb", false));
    assertEquals("git", SourceRouter.autoSource("https://github.com/duckdb/duckdb.git", true));
    assertEquals("git", SourceRouter.autoSource("https://gitlab.com/a/b", true));
  }

  @Test
  void restIsTheOldGithubChoice() {
    assertEquals(Harvester.Choice.GITHUB, Harvester.Choice.parse("rest"));
    assertEquals(Harvester.Choice.GITHUB, Harvester.Choice.parse("github"));
    assertEquals(Harvester.Choice.GRAPHQL, Harvester.Choice.parse("GraphQL"));
  }
}
