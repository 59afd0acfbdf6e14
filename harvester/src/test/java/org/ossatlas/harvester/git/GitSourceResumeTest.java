package org.ossatlas.harvester.git;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ossatlas.harvester.HarvestTarget;
import org.ossatlas.harvester.TargetOutcome;
import org.ossatlas.harvester.TargetOutcome.Status;

/** Runs cut short, stale checkpoints, torn raw files, force-pushes, empty repositories. */
class GitSourceResumeTest {

  private static Set<String> branchShas(GitCli git) {
    return new HashSet<>(List.of(git.run("rev-list", "main").strip().split("\n")));
  }

  @Test
  void aRunStoppedAfterTwoBatchesResumesWithoutDuplicates(@TempDir Path dir) {
    GitCli origin = GitCli.init(dir.resolve("origin"));
    origin.fastCommits("main", 95, "a");
    Harvested h = new Harvested(dir.resolve("work"));
    GitSource source = new GitSource(false, 10, 1);
    HarvestTarget target = new HarvestTarget("p", origin.dir.toString());

    TargetOutcome first = source.harvest(target, h.stopAfterBatches(2));
    assertEquals(Status.WORK_LEFT, first.status(), first.detail());
    assertEquals(20, first.newCommits());
    assertEquals(20, h.commits("p").size());
    assertTrue(h.heads("p").isEmpty(), "no head before the tip is reached");
    assertTrue(first.detail().contains("75 left"), first.detail());

    TargetOutcome second = source.harvest(target, h.context());
    assertEquals(Status.CAUGHT_UP, second.status(), second.detail());
    assertEquals(75, second.newCommits());
    assertEquals(branchShas(origin), h.bySha("p").keySet());
    assertEquals(1, h.heads("p").size());
  }

  @Test
  void aStaleCheckpointDoesNotStoreTheLastBatchAgain(@TempDir Path dir) throws IOException {
    GitCli origin = GitCli.init(dir.resolve("origin"));
    origin.fastCommits("main", 60, "a");
    Harvested h = new Harvested(dir.resolve("work"));
    GitSource source = new GitSource(false, 10, 1);
    HarvestTarget target = new HarvestTarget("p", origin.dir.toString());

    source.harvest(target, h.stopAfterBatches(1)); // one batch
    Path saved = dir.resolve("checkpoint-after-one-batch.json");
    Files.copy(h.checkpoint("p"), saved);
    source.harvest(target, h.stopAfterBatches(1)); // a second batch
    // A kill between the second append and its checkpoint looks like this:
    Files.copy(saved, h.checkpoint("p"), StandardCopyOption.REPLACE_EXISTING);

    TargetOutcome last = source.harvest(target, h.context());
    assertEquals(Status.CAUGHT_UP, last.status(), last.detail());
    assertTrue(last.detail().contains("checkpoint missed the last stored batch"), last.detail());
    assertEquals(branchShas(origin), h.bySha("p").keySet()); // bySha fails on a duplicate
    JsonNode cp = Harvested.JSON.readTree(h.checkpoint("p").toFile());
    assertEquals(60, cp.get("commits_stored").asInt());
  }

  @Test
  void aTornRawFileIsRepairedAndTheCutBatchFetchedAgain(@TempDir Path dir) throws IOException {
    GitCli origin = GitCli.init(dir.resolve("origin"));
    origin.fastCommits("main", 45, "a");
    Harvested h = new Harvested(dir.resolve("work"));
    GitSource source = new GitSource(false, 10, 1);
    HarvestTarget target = new HarvestTarget("p", origin.dir.toString());
    source.harvest(target, h.stopAfterBatches(2)); // two batches, checkpoint after each
    List<Path> files = h.raw.files("p");
    Path newest = files.get(files.size() - 1);
    // A kill in the middle of the third append: half a gzip member, no checkpoint.
    byte[] member = new byte[] {0x1f, (byte) 0x8b, 8, 0, 0, 0, 0, 0, 0, (byte) 0xff, 1, 2, 3};
    Files.write(newest, member, StandardOpenOption.APPEND);

    TargetOutcome outcome = source.harvest(target, h.context());
    assertEquals(Status.CAUGHT_UP, outcome.status(), outcome.detail());
    assertEquals(25, outcome.newCommits());
    assertEquals(branchShas(origin), h.bySha("p").keySet());
    assertFalse(h.raw.repairs().isEmpty(), "the tear was cut");
  }

  @Test
  void aForcePushStoresOnlyTheNewCommitsAndSaysSo(@TempDir Path dir) {
    GitCli origin = GitCli.init(dir.resolve("origin"));
    origin.fastCommits("main", 30, "a");
    Harvested h = new Harvested(dir.resolve("work"));
    GitSource source = new GitSource();
    HarvestTarget target = new HarvestTarget("p", origin.dir.toString());
    source.harvest(target, h.context());
    String oldHead = origin.head();

    origin.run("update-ref", "refs/heads/main", "main~5");
    origin.fastCommits("main", 3, "b");
    TargetOutcome outcome = source.harvest(target, h.context());

    assertEquals(Status.CAUGHT_UP, outcome.status(), outcome.detail());
    assertEquals(3, outcome.newCommits());
    assertTrue(outcome.detail().contains("history rewritten"), outcome.detail());
    List<JsonNode> heads = h.heads("p");
    assertEquals(2, heads.size());
    JsonNode head = heads.get(1);
    assertTrue(head.get("rewritten").asBoolean());
    assertEquals(oldHead, head.get("previous_head").asText());
    assertEquals(origin.head(), head.get("head").asText());
    Map<String, JsonNode> stored = h.bySha("p"); // each once
    assertEquals(33, stored.size());
    assertTrue(stored.keySet().containsAll(branchShas(origin)));

    // A normal push afterwards is not a rewrite.
    origin.fastCommits("main", 2, "c");
    source.harvest(target, h.context());
    JsonNode next = h.heads("p").get(2);
    assertFalse(next.get("rewritten").asBoolean());
    assertEquals(head.get("head").asText(), next.get("previous_head").asText());
  }

  @Test
  void anEmptyRepositoryIsCaughtUpWithNothingThenHarvestedOnceItHasCommits(@TempDir Path dir) {
    GitCli origin = GitCli.init(dir.resolve("origin"));
    Harvested h = new Harvested(dir.resolve("work"));
    GitSource source = new GitSource();
    HarvestTarget target = new HarvestTarget("p", origin.dir.toString());

    TargetOutcome empty = source.harvest(target, h.context());
    assertEquals(Status.CAUGHT_UP, empty.status(), empty.detail());
    assertEquals(0, empty.newCommits());
    assertTrue(empty.detail().contains("empty repository"), empty.detail());
    assertTrue(h.records("p").isEmpty());

    origin.fastCommits("main", 4, "a");
    TargetOutcome later = source.harvest(target, h.context());
    assertEquals(Status.CAUGHT_UP, later.status(), later.detail());
    assertEquals(4, later.newCommits());
  }

  @Test
  void aStopBeforeStartingTouchesNothing(@TempDir Path dir) {
    GitCli origin = GitCli.init(dir.resolve("origin"));
    origin.fastCommits("main", 3, "a");
    Harvested h = new Harvested(dir.resolve("work"));
    TargetOutcome outcome =
        new GitSource()
            .harvest(new HarvestTarget("p", origin.dir.toString()), h.context(() -> true));
    assertEquals(Status.WORK_LEFT, outcome.status());
    assertTrue(h.records("p").isEmpty());
  }

  @Test
  void theDefaultBranchIsTheRemoteHeadNotTheFirstBranch(@TempDir Path dir) {
    GitCli origin = GitCli.init(dir.resolve("origin"));
    origin.fastCommits("main", 3, "a");
    origin.fastCommits("aaa-other", 5, "b");
    origin.run("symbolic-ref", "HEAD", "refs/heads/aaa-other");
    Harvested h = new Harvested(dir.resolve("work"));
    TargetOutcome outcome =
        new GitSource().harvest(new HarvestTarget("p", origin.dir.toString()), h.context());
    assertEquals(5, outcome.newCommits(), outcome.detail()); // the other branch's own history
    assertEquals("refs/heads/aaa-other", h.heads("p").get(0).get("ref").asText());
  }
}
