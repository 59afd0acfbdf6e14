package org.ossatlas.harvester.github;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ossatlas.harvester.TodaysFormats;

/** A GitHub checkpoint written before checkpoints carried a version is read in full. */
class GitHubCheckpointFormatsTest {
  @TempDir Path dir;

  @Test
  void readsTheUnversionedCheckpoint() {
    Path data = TodaysFormats.copyTo(dir);
    GitHubCheckpoint cp = GitHubCheckpoint.read(data.resolve("state/github/walk.json"));
    assertThat(cp.project).isEqualTo("walk");
    assertThat(cp.source).isEqualTo("github");
    assertThat(cp.status).isEqualTo("work_left");
    assertThat(cp.updatedAt).isEqualTo(Instant.parse("2026-12-04T16:47:01.266621883Z"));
    assertThat(cp.detail).isEqualTo("request budget of 12 spent");
    assertThat(cp.commitsStored).isEqualTo(250);
    assertThat(cp.repoUrl).isEqualTo("https://github.com/o/walk");
    assertThat(cp.repo).isEqualTo("o/walk");
    assertThat(cp.defaultBranch).isEqualTo("main");
    assertThat(cp.newest).isEqualTo(Instant.parse("2024-05-01T12:00:00Z"));
    assertThat(cp.probeEtag).isEqualTo("W/\"since-o/walk\"");
    assertThat(cp.window).hasSize(169);
    assertThat(cp.queueLength).isEqualTo(250);
    assertThat(cp.queueDone).isEqualTo(7);
    assertThat(cp.detailsStored).isEqualTo(7);
    assertThat(cp.walk).isNull();
    assertThat(cp.failure).isNull();
  }

  @Test
  void isWrittenBackInTheCurrentVersionWithEveryFieldKept() throws Exception {
    Path data = TodaysFormats.copyTo(dir);
    Path file = data.resolve("state/github/walk.json");
    GitHubCheckpoint.read(file).write(file);

    String text = Files.readString(file);
    assertThat(text).startsWith("{\n  \"format_version\" : 1,\n  \"project\" : \"walk\"");
    GitHubCheckpoint again = GitHubCheckpoint.read(file);
    assertThat(again.formatVersion).isEqualTo(1);
    assertThat(again.queueDone).isEqualTo(7);
    assertThat(again.window).hasSize(169);
  }
}
