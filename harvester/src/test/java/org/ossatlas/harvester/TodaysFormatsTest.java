package org.ossatlas.harvester;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ossatlas.common.RunLog;
import org.ossatlas.common.StageReport;
import org.ossatlas.common.Workspace;
import org.ossatlas.harvester.raw.RawFiles;
import org.ossatlas.harvester.raw.RawRecord;
import org.ossatlas.harvester.raw.RawStore;

/** The raw store and run log of {@link TodaysFormats} read with the current readers. */
class TodaysFormatsTest {
  @TempDir Path dir;

  @Test
  void rawRecordsWithoutAVersionAreRead() {
    Path data = TodaysFormats.copyTo(dir.resolve("data"));
    RawStore store = new RawStore(data.resolve("raw"));
    assertThat(store.projects()).containsExactly("local", "walk");

    List<RawRecord> git = new ArrayList<>();
    RawFiles.ReadResult read = RawFiles.read(store.files("local").get(0), git::add);
    assertThat(read.tornTail()).isFalse();
    assertThat(git).extracting(RawRecord::kind).containsExactly("git-commits", "git-head");
    assertThat(git.get(0).source()).isEqualTo("git");
    assertThat(git.get(0).body()).contains("\"files_changed\":1");

    List<RawRecord> github = new ArrayList<>();
    RawFiles.read(store.files("walk").get(0), github::add);
    assertThat(github).hasSize(12);
    assertThat(github.get(0).kind()).isEqualTo("repo");
    assertThat(github.get(0).status()).isEqualTo(200);
    assertThat(github.get(0).headers()).containsEntry("etag", "\"repo-o/walk\"");
    assertThat(github).filteredOn(r -> r.kind().equals("commit")).hasSize(7);

    assertThat(store.open("walk").lastRecord()).get().isEqualTo(github.get(github.size() - 1));
  }

  @Test
  void runLogLinesWithoutAVersionAreRead() {
    Path data = TodaysFormats.copyTo(dir.resolve("data"));
    Workspace workspace = new Workspace(dir.resolve("sheets"), data, dir.resolve("site"));
    List<StageReport> runs = new RunLog(workspace).read();
    assertThat(runs)
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.stage()).isEqualTo("harvest");
              assertThat(r.succeeded()).isTrue();
              assertThat(r.in()).containsEntry("projects", 3L);
              assertThat(r.out()).containsEntry("commits", 253L).containsEntry("requests", 12L);
            });
  }
}
