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

    AtomicFiles.replaceDirectory(staged, site, AtomicFiles.hasMarker("gone.html"));

    assertThat(site.resolve("index.html")).hasContent("new");
    assertThat(site.resolve("gone.html")).doesNotExist();
    assertThat(staged).doesNotExist();
    assertThat(dir.resolve("site-out.old")).doesNotExist();
  }

  @Test
  void refusesToReplaceAFolderThatIsNotAPreviousOutput(@TempDir Path dir) throws IOException {
    Path checkout = dir.resolve("checkout");
    Files.createDirectories(checkout.resolve(".git"));
    Files.writeString(checkout.resolve("README.md"), "mine");
    Path staged = dir.resolve("staged");
    Files.createDirectories(staged);

    assertThatThrownBy(
            () -> AtomicFiles.replaceDirectory(staged, checkout, AtomicFiles.hasMarker(".checked")))
        .isInstanceOfSatisfying(
            AtlasException.class, e -> assertThat(e.exitCode()).isEqualTo(ExitCode.USAGE))
        .hasMessageContaining(checkout.toString())
        .hasMessageContaining("nothing was deleted");
    assertThatThrownBy(
            () -> AtomicFiles.replaceDirectory(staged, checkout, AtomicFiles.holdsOnly(".csv")))
        .isInstanceOf(AtlasException.class);
    Path file = dir.resolve("file.txt");
    Files.writeString(file, "x");
    assertThatThrownBy(
            () -> AtomicFiles.replaceDirectory(staged, file, AtomicFiles.hasMarker(".checked")))
        .isInstanceOf(AtlasException.class);

    assertThat(checkout.resolve("README.md")).hasContent("mine");
    assertThat(checkout.resolve(".git")).isDirectory();
    assertThat(file).hasContent("x");
    assertThat(staged).isDirectory();
  }

  @Test
  void replacesAnEmptyFolderOrOneHoldingOnlyOutputFiles(@TempDir Path dir) throws IOException {
    Path metrics = dir.resolve("metrics");
    Files.createDirectories(metrics.resolve("projects"));
    Files.writeString(metrics.resolve("projects/a.csv"), "old");
    Path staged = Files.createDirectories(dir.resolve("staged"));
    Files.writeString(staged.resolve("projects.csv"), "new");
    AtomicFiles.replaceDirectory(staged, metrics, AtomicFiles.holdsOnly(".csv"));
    assertThat(metrics.resolve("projects.csv")).hasContent("new");

    Path empty = Files.createDirectories(dir.resolve("empty"));
    Path staged2 = Files.createDirectories(dir.resolve("staged2"));
    AtomicFiles.replaceDirectory(staged2, empty, AtomicFiles.hasMarker(".checked"));
    assertThat(staged2).doesNotExist();
  }

  @Test
  void aFreshStagingFolderClearsWhatAKilledRunLeft(@TempDir Path dir) throws IOException {
    Path target = dir.resolve("site-out");
    Path leftover = Files.createDirectories(dir.resolve("site-out.rendering-42/projects"));
    Files.writeString(leftover.resolve("x.html"), "half");

    Path staging = AtomicFiles.freshStagingFolder(target, "rendering");

    assertThat(dir.resolve("site-out.rendering-42")).doesNotExist();
    assertThat(staging).isDirectory().hasParent(dir);
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
