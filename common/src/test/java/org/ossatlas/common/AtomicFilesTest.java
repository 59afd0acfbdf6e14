package org.ossatlas.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {

  @Test
  void aFailedWriteLeavesTheOldFileAndNoTemporaryFile(@TempDir Path dir) throws IOException {
    Path target = dir.resolve("state.json");
    AtomicFiles.writeString(target, "old");

    assertThatThrownBy(
            () ->
                AtomicFiles.write(
                    target,
                    out -> {
                      out.write("half".getBytes());
                      throw new IOException("disk full");
                    }))
        .hasMessageContaining("could not write");

    assertThat(Files.readString(target)).isEqualTo("old");
    try (var files = Files.list(dir)) {
      assertThat(files).containsExactly(target);
    }
  }

  @Test
  void replacesADirectoryWhole(@TempDir Path dir) throws IOException {
    Path site = dir.resolve("site-out");
    Files.createDirectories(site);
    Files.writeString(site.resolve("gone.html"), "old page");
    Path staged = dir.resolve("site-out.new");
    Files.createDirectories(staged);
    Files.writeString(staged.resolve("index.html"), "new");

    AtomicFiles.replaceDirectory(staged, site);

    assertThat(site.resolve("index.html")).hasContent("new");
    assertThat(site.resolve("gone.html")).doesNotExist();
    assertThat(staged).doesNotExist();
    assertThat(dir.resolve("site-out.old")).doesNotExist();
  }

  @Test
  void runLogSkipsATornLastLine(@TempDir Path dir) throws IOException {
    Workspace workspace = new Workspace(dir, dir, dir);
    RunLog log = new RunLog(workspace);
    log.append(StageRun.start("load").in("rows", 3).out("nodes", 3).finish(true));
    Files.writeString(
        workspace.runs().resolve("runs.jsonl"),
        "{\"stage\":\"ana",
        java.nio.file.StandardOpenOption.APPEND);

    assertThat(log.read()).singleElement().satisfies(r -> assertThat(r.stage()).isEqualTo("load"));
  }
}
