package org.ossatlas.harvester.graphql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ossatlas.common.AtlasException;
import org.ossatlas.harvester.TargetOutcome;

/** GraphQL's realities, each against the real server: points, errors in 200s, limits, tokens. */
class GraphQlFaultsTest {
  static final String A = "ghp_AAAAtokenAAAA0123456789";
  static final String B = "ghp_BBBBtokenBBBB0123456789";

  @TempDir Path tmp;
  GitGraphQlServer server;
  TestRepo repo;

  @BeforeEach
  void setUp() throws Exception {
    server = new GitGraphQlServer();
    repo = new TestRepo(Files.createDirectories(tmp.resolve("repo"))).commits(250, "a");
    server.repo("acme/rocket", repo);
  }

  @AfterEach
  void tearDown() {
    server.close();
  }

  GraphQlHarness harness(String... tokens) {
    return new GraphQlHarness(tmp.resolve("work"), server, tokens);
  }

  Set<String> tokensUsed() {
    synchronized (server.seen) {
      return server.seen.stream().map(GitGraphQlServer.Seen::token).collect(Collectors.toSet());
    }
  }

  @Test
  void aTokenDownToItsReserveHandsOverToTheNext() {
    server.token(A, 52).token(B, 5000); // reserve: 50 of 5,000
    GraphQlHarness h = harness(A, B);

    TargetOutcome outcome = h.harvest("rocket", "acme/rocket");

    assertEquals(TargetOutcome.Status.CAUGHT_UP, outcome.status(), outcome.detail());
    assertEquals(Set.of(A, B), tokensUsed());
    GraphQlSourceTest.assertExactlyGit(repo, GraphQlSourceTest.rowsOf(h.compact(), "rocket"));
  }

  @Test
  void whenEveryTokenIsSpentTheRunStopsWithWorkLeft() {
    server.token(A, 51).token(B, 51);
    GraphQlHarness h = harness(A, B);

    TargetOutcome outcome = h.harvest("rocket", "acme/rocket");

    assertEquals(TargetOutcome.Status.WORK_LEFT, outcome.status());
    assertTrue(outcome.detail().contains("points spent on all 2 identities"), outcome.detail());
    assertEquals(2, server.requests(null), "one page per token, then stop");
    assertTrue(h.sleeps.isEmpty(), "no waiting without --wait-for-reset");

    server.token(A, 5000); // the next hour
    TargetOutcome resumed = harness(A, B).harvest("rocket", "acme/rocket");
    assertEquals(TargetOutcome.Status.CAUGHT_UP, resumed.status(), resumed.detail());
    GraphQlSourceTest.assertExactlyGit(repo, GraphQlSourceTest.rowsOf(h.compact(), "rocket"));
  }

  @Test
  void rateLimitedInsideA200MovesToTheNextToken() {
    server.token(A, 0).token(B, 5000);

    TargetOutcome outcome = harness(A, B).harvest("rocket", "acme/rocket");

    assertEquals(TargetOutcome.Status.CAUGHT_UP, outcome.status(), outcome.detail());
    assertEquals(Set.of(A, B), tokensUsed());
  }

  @Test
  void aRepositoryNotFoundFailsOnceAndIsRecorded() {
    server.token(A, 5000);
    GraphQlHarness h = harness(A);

    TargetOutcome outcome = h.harvest("gone", "acme/missing");

    assertEquals(TargetOutcome.Status.FAILED, outcome.status());
    assertTrue(outcome.detail().startsWith("not found: acme/missing"), outcome.detail());
    assertEquals(1, server.requests(null), "not retried");
    assertTrue(h.everythingWritten().contains("Could not resolve to a Repository"), "stored");
  }

  @Test
  void aRenamedRepositoryIsFollowedAndReported() {
    server.token(A, 5000);
    server.rename("acme/old-rocket", "acme/rocket");

    TargetOutcome outcome = harness(A).harvest("rocket", "acme/old-rocket");

    assertEquals(TargetOutcome.Status.CAUGHT_UP, outcome.status());
    assertTrue(outcome.detail().contains("renamed to acme/rocket"), outcome.detail());
  }

  @Test
  void nodeLimitAndPartialAnswersAndDroppedConnectionsAreSurvived() {
    server.token(A, 5000);
    server.fault(
        200,
        Map.of(),
        "{\"errors\":[{\"type\":\"MAX_NODE_LIMIT_EXCEEDED\",\"message\":\"too many nodes\"}]}");
    server.fault(0, Map.of(), ""); // dropped connection
    server.partialError = "Resource not accessible by integration";
    GraphQlHarness h = harness(A);

    TargetOutcome outcome = h.harvest("rocket", "acme/rocket");

    assertEquals(TargetOutcome.Status.CAUGHT_UP, outcome.status(), outcome.detail());
    assertTrue(outcome.detail().contains("partial answer"), outcome.detail());
    GraphQlSourceTest.assertExactlyGit(repo, GraphQlSourceTest.rowsOf(h.compact(), "rocket"));
  }

  @Test
  void aSecondaryLimitWaitsRetryAfter() {
    server.token(A, 5000);
    server.fault(403, Map.of("Retry-After", "30"), "{\"message\":\"secondary rate limit\"}");
    GraphQlHarness h = harness(A);

    TargetOutcome outcome = h.harvest("rocket", "acme/rocket");

    assertEquals(TargetOutcome.Status.CAUGHT_UP, outcome.status(), outcome.detail());
    assertTrue(h.sleeps.contains(Duration.ofSeconds(30)), "waited: " + h.sleeps);
  }

  @Test
  void aRejectedTokenStopsTheRunNamingItsPlaceNotItsValue() {
    server.token(B, 5000); // A is unknown to the server: 401
    GraphQlHarness h = harness(A);

    AtlasException e = assertThrows(AtlasException.class, () -> h.harvest("rocket", "acme/rocket"));

    assertTrue(e.getMessage().contains("token 1 of GITHUB_TOKENS"), e.getMessage());
    assertFalse(e.getMessage().contains(A), "never the token itself");
    assertFalse(h.everythingWritten().contains(A));
  }
}
