package org.ossatlas.harvester.git;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ossatlas.harvester.HarvestTarget;
import org.ossatlas.harvester.TargetOutcome;

/** A clone of a repository on this machine starts from its packs and still gives git's figures. */
class LocalPacksTest {
  @Test
  void aLocalCloneStartsFromTheSourcesPacksAndFetchesTheRest(@TempDir Path dir) throws IOException {
    GitCli origin = GitSourceTest.richHistory(dir.resolve("origin"));
    origin.run("gc", "-q");
    List<String> originPacks = packs(origin.dir.resolve(".git/objects/pack"));
    assertEquals(1, originPacks.size(), originPacks.toString());
    origin.fastCommits("main", 3, "loose"); // loose objects, in no pack: the fetch brings them

    Harvested h = new Harvested(dir.resolve("work"));
    HarvestTarget target = new HarvestTarget("p", origin.dir.toUri().toString());
    TargetOutcome outcome = new GitSource().harvest(target, h.context());
    assertEquals(TargetOutcome.Status.CAUGHT_UP, outcome.status(), outcome.detail());

    List<String> clonePacks = packs(h.root.resolve("clones/p.git/objects/pack"));
    assertTrue(clonePacks.containsAll(originPacks), clonePacks + " lacks " + originPacks);
    assertNoSeedLeftovers(h.root.resolve("clones/p.git/objects/pack"));
    Map<String, String> expected = Harvested.gitNumstat(origin);
    Map<String, JsonNode> stored = h.bySha("p");
    assertEquals(expected.keySet(), stored.keySet());
    for (Map.Entry<String, JsonNode> e : stored.entrySet()) {
      assertEquals(expected.get(e.getKey()), Harvested.figures(e.getValue()), e.getKey());
    }
  }

  @Test
  void aRemoteUrlIsNotSeeded(@TempDir Path dir) throws IOException {
    assertEquals(false, LocalPacks.seed(dir.resolve("c.git"), "https://example.org/x.git"));
    assertEquals(false, LocalPacks.seed(dir.resolve("c.git"), dir.resolve("nothing").toString()));
  }

  private static List<String> packs(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files
          .map(p -> p.getFileName().toString())
          .filter(n -> n.endsWith(".pack"))
          .sorted()
          .toList();
    }
  }

  private static void assertNoSeedLeftovers(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      assertEquals(
          List.of(),
          files.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(".seed-")).toList());
    }
  }
}
