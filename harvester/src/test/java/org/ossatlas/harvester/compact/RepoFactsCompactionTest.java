package org.ossatlas.harvester.compact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ossatlas.common.RepoFacts;

/** Compaction's facts: REST repo records (no extra requests), newest record wins, empty cells. */
class RepoFactsCompactionTest {
  @TempDir Path dir;

  static String restRepo(int stars) {
    return "{\"full_name\":\"acme/rocket\",\"stargazers_count\":"
        + stars
        + ",\"forks_count\":3,\"license\":{\"key\":\"mit\",\"spdx_id\":\"MIT\"},"
        + "\"language\":\"Go\",\"topics\":[\"cli\",\"tools\"],\"archived\":true,\"fork\":false,"
        + "\"created_at\":\"2015-03-01T10:00:00Z\",\"pushed_at\":\"2024-01-02T03:04:05Z\","
        + "\"description\":null,\"homepage\":\"\",\"default_branch\":\"main\"}";
  }

  @Test
  void restRepoRecordsGiveFactsAndTheNewestWins() {
    RawFixture raw = new RawFixture(dir.resolve("raw"));
    raw.append("rocket", RawFixture.record("github", "repo", 200, restRepo(10)))
        .append("rocket", RawFixture.record("github", "repo", 304, ""))
        .append("rocket", RawFixture.record("github", "repo", 200, restRepo(11)))
        .append("rocket", RawFixture.record("github", "repo", 304, ""))
        .append("plain", RawFixture.gitCommits());

    CompactionResult result =
        new Compactor().compact(raw.store(), dir.resolve("commits.csv.gz"), n -> {});
    Path file = dir.resolve("repos.csv");
    RepoFacts.write(file, result.repoFacts());
    Map<String, RepoFacts> facts = RepoFacts.read(file);

    RepoFacts rocket = facts.get("rocket");
    assertEquals(11L, rocket.stars(), "the newest 200 wins; 304s change nothing");
    assertEquals("MIT", rocket.license());
    assertEquals(List.of("cli", "tools"), rocket.topics());
    assertEquals(Boolean.TRUE, rocket.archived());
    assertEquals("2015-03-01T10:00:00Z", rocket.created());
    assertNull(rocket.description());
    assertNull(rocket.homepage());
    assertNull(rocket.releases(), "REST's repository object has no release count: unknown");
    assertEquals(RepoFacts.unknown("plain"), facts.get("plain"), "a git project: a row of blanks");
  }
}
