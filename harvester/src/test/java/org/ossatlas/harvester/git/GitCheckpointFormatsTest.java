package org.ossatlas.harvester.git;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ossatlas.harvester.TodaysFormats;

/** A git checkpoint written before checkpoints carried a version is read in full. */
class GitCheckpointFormatsTest {
  @TempDir Path dir;

  @Test
  void readsTheUnversionedCheckpoint() {
    Path data = TodaysFormats.copyTo(dir);
    GitCheckpoint cp = GitCheckpoint.read(data.resolve("state/git/local.json"), "local", false);
    String head = "3f13eba84a862f71ac05d8dd3de3ae7c2feb9168";
    assertThat(cp.project()).isEqualTo("local");
    assertThat(cp.source()).isEqualTo("git");
    assertThat(cp.status()).isEqualTo("caught_up");
    assertThat(cp.updatedAt()).isEqualTo(Instant.parse("2026-12-04T16:46:57.110716494Z"));
    assertThat(cp.detail()).isEqualTo("3 new commits, head " + head);
    assertThat(cp.commitsStored()).isEqualTo(3);
    assertThat(cp.url()).isEqualTo("file:///tmp/ossatlas-fixture-origin");
    assertThat(cp.ref()).isEqualTo("refs/heads/main");
    assertThat(cp.firstParent()).isFalse();
    assertThat(cp.storedHead()).isEqualTo(head);
    assertThat(cp.storedTips()).isEqualTo(List.of(head));
    assertThat(cp.lastStored()).isEqualTo(head);
    assertThat(cp.walkTarget()).isNull();
    assertThat(cp.walkLeft()).isZero();
  }

  @Test
  void isWrittenBackInTheCurrentVersionWithEveryFieldKept() throws Exception {
    Path data = TodaysFormats.copyTo(dir);
    Path file = data.resolve("state/git/local.json");
    GitCheckpoint before = GitCheckpoint.read(file, "local", false);
    before.write(file);

    assertThat(Files.readString(file)).startsWith("{\n  \"format_version\" : 1,\n  \"project\"");
    assertThat(GitCheckpoint.read(file, "local", false)).isEqualTo(before);
  }
}
