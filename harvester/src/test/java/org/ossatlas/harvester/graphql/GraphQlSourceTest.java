package org.ossatlas.harvester.graphql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ossatlas.common.RepoFacts;
import org.ossatlas.harvester.HarvestTarget;
import org.ossatlas.harvester.TargetOutcome;

/**
 * The GraphQL source against a real HTTP server answering from real git repositories: every commit
 * once, exactly git's line counts, at about one request per 100 commits; caught-up runs batched.
 */
class GraphQlSourceTest {
  static final String TOKEN = "ghp_testTOKENvalue0123456789abcdefABCDEF";

  @TempDir Path tmp;
  GitGraphQlServer server;
  TestRepo repo;
  GraphQlHarness h;

  @BeforeEach
  void setUp() throws Exception {
    server = new GitGraphQlServer();
    repo = new TestRepo(Files.createDirectories(tmp.resolve("repo"))).commits(230, "a");
    repo.mergedBranch("feature").commits(20, "b");
    server.repo("acme/rocket", repo).token(TOKEN, 5000);
    h = new GraphQlHarness(tmp.resolve("work"), server, TOKEN);
  }

  @AfterEach
  void tearDown() {
    server.close();
  }

  /** Rows of one project by sha. */
  static Map<String, String[]> rowsOf(Map<String, String[]> rows, String project) {
    Map<String, String[]> mine = new java.util.HashMap<>();
    rows.forEach(
        (key, cells) -> {
          if (cells[0].equals(project)) {
            mine.put(cells[1], cells);
          }
        });
    return mine;
  }

  static void assertExactlyGit(TestRepo repo, Map<String, String[]> rows) {
    Map<String, int[]> git = repo.numstat();
    assertEquals(git.keySet(), rows.keySet(), "every commit of the branch, once");
    git.forEach(
        (sha, s) -> {
          String[] row = rows.get(sha);
          assertEquals(Integer.toString(s[0]), row[6], "additions of " + sha);
          assertEquals(Integer.toString(s[1]), row[7], "deletions of " + sha);
          assertEquals(Integer.toString(s[2]), row[8], "files of " + sha);
        });
  }

  @Test
  void fullHistoryHasGitsLineCountsAtOneRequestPerHundredCommits() {
    TargetOutcome outcome = h.harvest("rocket", "acme/rocket");
    assertEquals(TargetOutcome.Status.CAUGHT_UP, outcome.status(), outcome.detail());
    int commits = repo.numstat().size();
    assertEquals(commits, outcome.newCommits());
    assertEquals((commits + 99) / 100, outcome.requests(), "one request per 100 commits");

    Map<String, String[]> rows = rowsOf(h.compact(), "rocket");
    assertExactlyGit(repo, rows);
    long merges = rows.values().stream().filter(r -> r[9].equals("true")).count();
    assertEquals(1, merges);
    long bots = rows.values().stream().filter(r -> r[10].equals("true")).count();
    assertTrue(bots > 50, "dependabot[bot]'s commits are bot commits: " + bots);

    RepoFacts facts = h.facts().get("rocket");
    assertEquals(1234L, facts.stars());
    assertEquals("Apache-2.0", facts.license());
    assertEquals(List.of("data", "graphs"), facts.topics());
    assertEquals(7L, facts.releases());
    assertEquals("v1.2.0", facts.latestReleaseTag());
    assertEquals("A \"quoted\", multi-line\ndescription", facts.description());
    assertNull(facts.homepage(), "an empty homepage is an empty cell");
    assertFalse(h.everythingWritten().contains(TOKEN), "the token is nowhere in data/");
  }

  @Test
  void caughtUpRunsCostOneRequestPerFiftyRepositories() throws Exception {
    TestRepo small = new TestRepo(Files.createDirectories(tmp.resolve("small"))).commits(3, "s");
    List<HarvestTarget> targets = new ArrayList<>();
    for (int i = 0; i < 60; i++) {
      server.repo("acme/r" + i, small);
      targets.add(new HarvestTarget("p" + i, "https://github.com/acme/r" + i));
    }
    h.harvest(targets).forEach(o -> assertEquals(TargetOutcome.Status.CAUGHT_UP, o.status()));
    long before = server.requests(null);

    List<TargetOutcome> again = h.harvest(targets);

    assertEquals(2, server.requests(null) - before, "60 caught-up repositories: 2 queries");
    assertEquals(2, again.stream().mapToLong(TargetOutcome::requests).sum());
    again.forEach(o -> assertEquals(TargetOutcome.Status.CAUGHT_UP, o.status(), o.project()));
    h.compact();
    assertEquals(60, h.facts().size());
    assertEquals(1234L, h.facts().get("p59").stars());
  }

  @Test
  void newCommitsAreFetchedOnceFromTheNewHead() {
    h.harvest("rocket", "acme/rocket");
    repo.mergedBranch("second"); // four commits dated now: two on the branch, one on main, a merge

    TargetOutcome outcome = h.harvest("rocket", "acme/rocket");

    assertEquals(TargetOutcome.Status.CAUGHT_UP, outcome.status(), outcome.detail());
    assertEquals(4, outcome.newCommits(), "the overlap re-lists, but counts only new commits");
    assertEquals(2, outcome.requests(), "the batched check, then one page since the last walk");
    assertExactlyGit(repo, rowsOf(h.compact(), "rocket"));
  }

  @Test
  void aRunStoppedAfterEveryPageResumesWithoutLossOrRepeats() {
    int stops = 0;
    TargetOutcome outcome;
    do {
      long sent = server.requests(null);
      outcome =
          h.source()
              .harvestAll(
                  List.of(new HarvestTarget("rocket", "https://github.com/acme/rocket")),
                  h.context(() -> server.requests(null) > sent),
                  1)
              .get(0);
      stops++;
    } while (outcome.status() == TargetOutcome.Status.WORK_LEFT && stops < 20);

    assertEquals(TargetOutcome.Status.CAUGHT_UP, outcome.status(), outcome.detail());
    assertTrue(stops >= 3, "it took several runs: " + stops);
    assertExactlyGit(repo, rowsOf(h.compact(), "rocket"));
  }

  @Test
  void aKillBetweenAStoredPageAndItsCheckpointLosesAndRepeatsNothing() throws Exception {
    List<HarvestTarget> target =
        List.of(new HarvestTarget("rocket", "https://github.com/acme/rocket"));
    h.source().harvestAll(target, h.context(() -> server.requests(null) >= 1), 1);
    Path checkpoint = GraphQlCheckpoint.file(h.workspace.state(), "rocket");
    byte[] afterFirstPage = Files.readAllBytes(checkpoint);
    h.source().harvestAll(target, h.context(() -> server.requests(null) >= 2), 1);
    // The process died after the second page reached the raw store, before its checkpoint.
    Files.write(checkpoint, afterFirstPage);

    TargetOutcome outcome = h.harvest(target).get(0);

    assertEquals(TargetOutcome.Status.CAUGHT_UP, outcome.status(), outcome.detail());
    assertExactlyGit(repo, rowsOf(h.compact(), "rocket")); // the page stored twice counts once
  }

  @Test
  void aHeavyPageHalvesThePageSizeAndGrowsBack() {
    List<String> shas = repo.git("rev-list", "main").lines().toList();
    server.heavy(shas.get(150));

    TargetOutcome outcome = h.harvest("rocket", "acme/rocket");

    assertEquals(TargetOutcome.Status.CAUGHT_UP, outcome.status(), outcome.detail());
    assertExactlyGit(repo, rowsOf(h.compact(), "rocket"));
    List<Integer> sizes = server.seen.stream().map(GitGraphQlServer.Seen::first).toList();
    assertTrue(sizes.contains(1), "halved down to the heavy commit alone: " + sizes);
    List<Integer> after = sizes.subList(sizes.lastIndexOf(1) + 1, sizes.size());
    assertTrue(
        after.size() >= 2 && after.get(after.size() - 1) > after.get(0),
        "grown back after successes: " + sizes);
    // 3 pages at 100, plus one failure per halving (log2 100 = 7) and the way back up.
    assertTrue(outcome.requests() <= 20, "requests: " + outcome.requests());
  }

  @Test
  void aCommitThatAlwaysTimesOutIsStoredWithoutCountsAndReported() {
    List<String> shas = repo.git("rev-list", "main").lines().toList();
    String heavy = shas.get(42);
    server.heavy(heavy);
    server.heavyFailuresAlone = Integer.MAX_VALUE;

    TargetOutcome outcome = h.harvest("rocket", "acme/rocket");

    assertEquals(TargetOutcome.Status.CAUGHT_UP, outcome.status(), outcome.detail());
    assertNotNull(outcome.detail());
    assertTrue(outcome.detail().contains("line counts unavailable"), outcome.detail());
    Map<String, String[]> rows = rowsOf(h.compact(), "rocket");
    assertEquals(repo.numstat().keySet(), rows.keySet(), "never skipped");
    assertEquals("", rows.get(heavy)[6], "its counts are unknown, not zero");
    assertTrue(h.sleeps.size() >= 4, "retried with backoff: " + h.sleeps);
  }
}
