package org.ossatlas.harvester.git;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ossatlas.harvester.HarvestTarget;
import org.ossatlas.harvester.TargetOutcome;

/** The git source on a history with every case git log --numstat distinguishes. */
class GitSourceTest {
  @TempDir static Path shared;
  static GitCli origin;

  @BeforeAll
  static void buildHistory() {
    origin = richHistory(shared.resolve("origin"));
  }

  /** Merges, renames, binaries, a submodule, a mode change, a symlink, a .mailmap, no-EOL files. */
  static GitCli richHistory(Path dir) {
    GitCli git = GitCli.init(dir);
    git.write("README.md", "# Title\n\nSome text.\n");
    git.write("src/a.txt", numbered(40));
    git.write("logo.png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 1, 2, 3});
    git.write("noeol.txt", "no newline at the end");
    git.commitAll("root");

    git.run("checkout", "-q", "-b", "feature");
    git.write("src/a.txt", numbered(40).replace("line 7\n", "line seven\n"));
    git.run("mv", "src/a.txt", "src/b.txt");
    git.write("logo.png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 9, 9, 9, 9});
    git.commitAll("rename with an edit, binary change");
    git.write("feature.txt", "one\ntwo\n");
    git.commitAll("feature file");

    git.run("checkout", "-q", "main");
    git.write("README.md", "# Title\n\nSome other text.\nAnd more.\n");
    git.write("run.sh", "#!/bin/sh\necho hi\n");
    git.commitAll("readme, script");
    git.run("update-index", "--chmod=+x", "run.sh");
    git.run("commit", "-q", "-m", "mode change only");
    git.run("merge", "-q", "--no-ff", "-m", "merge feature", "feature");

    git.write("noeol.txt", "no newline at the end\n");
    git.run("rm", "-q", "src/b.txt");
    git.write("moved/b1.txt", numbered(40).replace("line 7\n", "line seven\n"));
    git.write("moved/b2.txt", numbered(40).replace("line 7\n", "line seven\n"));
    git.commitAll("eol added, exact rename plus a copy");

    git.run(
        "update-index",
        "--add",
        "--cacheinfo",
        "160000,1111111111111111111111111111111111111111,sub");
    git.run("commit", "-q", "-m", "submodule");
    git.run("update-index", "--cacheinfo", "160000,2222222222222222222222222222222222222222,sub");
    git.run("commit", "-q", "-m", "submodule moved");

    // A file changed in scattered places, where Myers and histogram disagree now and then.
    Random random = new Random(42);
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < 300; i++) {
      lines.add(random.nextInt(5) == 0 ? "}" : "stmt " + random.nextInt(30) + ";");
    }
    git.write("code.c", String.join("\n", lines) + "\n");
    git.commitAll("code");
    for (int round = 0; round < 8; round++) {
      for (int k = 0; k < 12; k++) {
        int at = random.nextInt(lines.size());
        switch (random.nextInt(3)) {
          case 0 -> lines.remove(at);
          case 1 -> lines.add(at, random.nextBoolean() ? "}" : "stmt " + random.nextInt(30) + ";");
          default -> lines.set(at, "{");
        }
      }
      git.write("code.c", String.join("\n", lines) + "\n");
      git.commitAll("code round " + round);
    }

    git.runAs("Grace H", "GRACE@old.example", "commit", "-q", "--allow-empty", "-m", "by grace");
    git.runAs("bob", "bob@old.example", "commit", "-q", "--allow-empty", "-m", "by bob");
    git.runAs("Bobby", "bob@old.example", "commit", "-q", "--allow-empty", "-m", "by bobby");
    git.runAs("Eve", "eve@old.example", "commit", "-q", "--allow-empty", "-m", "by eve");
    git.write(
        ".mailmap",
        "# the four forms\n"
            + "Grace Hopper <grace@old.example>\n"
            + "<eve@new.example> <eve@old.example>\n"
            + "Bob Proper <bob@new.example> <bob@old.example>\n"
            + "Robert Special <robert@new.example> Bobby <bob@old.example>\n"
            + "Ada L. <ada@example.org> # trailing comment\n");
    git.commitAll("mailmap");

    git.run("checkout", "-q", "-b", "side", "HEAD~3");
    git.write("side.txt", "s\n");
    git.commitAll("side");
    git.run("checkout", "-q", "main");
    git.write("main.txt", "m\n");
    git.commitAll("main after side");
    git.run("merge", "-q", "--no-ff", "-m", "merge side", "side");
    return git;
  }

  static String numbered(int n) {
    StringBuilder sb = new StringBuilder();
    for (int i = 1; i <= n; i++) {
      sb.append("line ").append(i).append('\n');
    }
    return sb.toString();
  }

  @Test
  void fullHistoryMatchesGitLogNumstat(@TempDir Path work) {
    Harvested h = new Harvested(work);
    TargetOutcome outcome =
        new GitSource().harvest(new HarvestTarget("p", origin.dir.toString()), h.context());
    assertEquals(TargetOutcome.Status.CAUGHT_UP, outcome.status(), outcome.detail());

    Map<String, String> expected = Harvested.gitNumstat(origin);
    Map<String, JsonNode> stored = h.bySha("p");
    assertEquals(expected.keySet(), stored.keySet());
    assertEquals(outcome.newCommits(), stored.size());
    Map<String, String> ours = new LinkedHashMap<>();
    stored.forEach((sha, c) -> ours.put(sha, Harvested.figures(c)));
    for (String sha : expected.keySet()) {
      assertEquals(expected.get(sha), ours.get(sha), "figures of " + sha);
    }
    // Some of each case really is there.
    String raw = origin.run("log", "--numstat", "-M", "--format=");
    assertTrue(raw.contains("src/{a.txt => b.txt}"), "a rename with an edit");
    assertTrue(raw.contains("-\t-\tlogo.png"), "a binary change");
    assertTrue(raw.contains("1\t1\tsub"), "a submodule move");
    assertTrue(ours.values().stream().anyMatch(f -> !f.endsWith(" 0")), "a binary file");
    assertTrue(stored.values().stream().anyMatch(c -> c.get("parents").size() == 2), "a merge");

    // Identities after .mailmap, times with their offsets: as git shows them.
    String log = origin.run("log", "--format=%H|%aN|%aE|%aI|%cN|%cE|%cI");
    for (String line : log.strip().split("\n")) {
      String[] f = line.split("\\|");
      JsonNode c = stored.get(f[0]);
      assertEquals(f[1], c.at("/author/name").asText(), line);
      assertEquals(f[2], c.at("/author/email").asText(), line);
      assertEquals(f[3], c.at("/author/time").asText(), line);
      assertEquals(f[4], c.at("/committer/name").asText(), line);
      assertEquals(f[5], c.at("/committer/email").asText(), line);
      assertEquals(f[6], c.at("/committer/time").asText(), line);
    }
    // Parents come before their children.
    List<String> order = new ArrayList<>(stored.keySet());
    for (JsonNode c : stored.values()) {
      for (JsonNode p : c.get("parents")) {
        assertTrue(order.indexOf(p.asText()) < order.indexOf(c.get("sha").asText()));
      }
    }
    List<JsonNode> heads = h.heads("p");
    assertEquals(1, heads.size());
    assertEquals(origin.head(), heads.get(0).get("head").asText());
    assertEquals("refs/heads/main", heads.get(0).get("ref").asText());
    assertFalse(heads.get(0).get("rewritten").asBoolean());
    assertTrue(heads.get(0).get("previous_head").isNull());

    // A second run finds nothing new and writes nothing.
    int records = h.records("p").size();
    TargetOutcome again =
        new GitSource().harvest(new HarvestTarget("p", origin.dir.toString()), h.context());
    assertEquals(TargetOutcome.Status.CAUGHT_UP, again.status());
    assertEquals(0, again.newCommits());
    assertEquals(records, h.records("p").size());
  }

  @Test
  void firstParentMatchesGitLogFirstParentNumstat(@TempDir Path work) {
    Harvested h = new Harvested(work);
    GitSource source = new GitSource(true, 7, 2);
    TargetOutcome outcome =
        source.harvest(new HarvestTarget("p", origin.dir.toString()), h.context());
    assertEquals(TargetOutcome.Status.CAUGHT_UP, outcome.status(), outcome.detail());
    Map<String, String> expected = Harvested.gitNumstat(origin, "--first-parent");
    Map<String, JsonNode> stored = h.bySha("p");
    assertEquals(expected.keySet(), stored.keySet());
    boolean mergeWithFigures = false;
    for (Map.Entry<String, JsonNode> e : stored.entrySet()) {
      assertEquals(expected.get(e.getKey()), Harvested.figures(e.getValue()), e.getKey());
      mergeWithFigures |=
          e.getValue().get("parents").size() == 2 && e.getValue().get("additions").asInt() > 0;
    }
    assertTrue(mergeWithFigures, "git diffs a merge against its first parent with --first-parent");
    assertTrue(h.heads("p").get(0).get("first_parent").asBoolean());
  }

  @Test
  void checkpointFollowsTheSharedConvention(@TempDir Path work) throws Exception {
    Harvested h = new Harvested(work);
    new GitSource().harvest(new HarvestTarget("p", origin.dir.toString()), h.context());
    JsonNode cp = Harvested.JSON.readTree(h.checkpoint("p").toFile());
    assertEquals("p", cp.get("project").asText());
    assertEquals("git", cp.get("source").asText());
    assertEquals("caught_up", cp.get("status").asText());
    assertTrue(cp.hasNonNull("updated_at"));
    assertTrue(cp.has("detail"));
    assertEquals(h.bySha("p").size(), cp.get("commits_stored").asInt());
    assertEquals(origin.head(), cp.get("stored_head").asText());
    assertEquals(List.of(origin.head()), List.of(cp.get("stored_tips").get(0).asText()));
    assertTrue(
        new String(java.nio.file.Files.readAllBytes(h.checkpoint("p")), StandardCharsets.UTF_8)
            .contains("\"walk_left\" : 0"));
  }
}
