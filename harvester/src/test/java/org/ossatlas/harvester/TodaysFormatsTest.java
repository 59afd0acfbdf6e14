package org.ossatlas.harvester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ossatlas.common.AtlasException;
import org.ossatlas.common.ExitCode;
import org.ossatlas.common.RunLog;
import org.ossatlas.common.StageReport;
import org.ossatlas.common.StageRun;
import org.ossatlas.common.Workspace;
import org.ossatlas.harvester.raw.RawFiles;
import org.ossatlas.harvester.raw.RawRecord;
import org.ossatlas.harvester.raw.RawStore;

/**
 * The raw store, checkpoint headers and run log of {@link TodaysFormats} read with the current
 * readers, beside records in the current versions.
 */
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

  @Test
  void newRecordsCarryTheEnvelopeVersionAndSitBesideOldOnes() throws Exception {
    Path data = TodaysFormats.copyTo(dir.resolve("data"));
    RawStore store = new RawStore(data.resolve("raw"));
    RawRecord added = new RawRecord("git", "git-head", "file:///x", 0, null, Instant.EPOCH, "{}");
    store.open("local").append(added);

    List<RawRecord> records = new ArrayList<>();
    store.files("local").forEach(f -> RawFiles.read(f, records::add));
    assertThat(records).extracting(RawRecord::formatVersion).containsExactly(0, 0, 1);
    assertThat(records.get(2)).isEqualTo(added);
    assertThat(lastLine(store.files("local").get(0))).startsWith("{\"format_version\":1,");
  }

  @Test
  void aRecordFromANewerBuildIsInvalidData() throws Exception {
    Path file = dir.resolve("raw/p/2026-01-01-0001.jsonl.gz");
    Files.createDirectories(file.getParent());
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
      out.write(
          ("{\"format_version\":2,\"source\":\"git\",\"kind\":\"x\",\"status\":0,"
                  + "\"fetched_at\":\"2026-01-01T00:00:00Z\",\"body\":\"\"}\n")
              .getBytes(StandardCharsets.UTF_8));
    }
    assertThatThrownBy(() -> RawFiles.read(file, r -> {}))
        .isInstanceOf(AtlasException.class)
        .hasMessageContaining("envelope format 2")
        .hasMessageContaining("reads up to 1")
        .satisfies(e -> assertThat(((AtlasException) e).exitCode()).isEqualTo(ExitCode.DATA_ERR));
  }

  @Test
  void checkpointHeadersOfEveryVersionAreRead() throws Exception {
    Path data = TodaysFormats.copyTo(dir.resolve("data"));
    CheckpointHeader git = CheckpointHeader.read(data.resolve("state/git/local.json")).get();
    assertThat(git)
        .isEqualTo(
            new CheckpointHeader(
                0,
                "local",
                "git",
                "caught_up",
                Instant.parse("2026-12-04T16:46:57.110716494Z"),
                "3 new commits, head 3f13eba84a862f71ac05d8dd3de3ae7c2feb9168",
                3L));
    CheckpointHeader github = CheckpointHeader.read(data.resolve("state/github/walk.json")).get();
    assertThat(github.formatVersion()).isZero();
    assertThat(github.status()).isEqualTo("work_left");
    assertThat(github.commitsStored()).isEqualTo(250L);

    Path newer = data.resolve("state/git/newer.json");
    Files.writeString(newer, "{\"format_version\":2,\"status\":\"caught_up\"}");
    assertThatThrownBy(() -> CheckpointHeader.read(newer))
        .isInstanceOf(AtlasException.class)
        .hasMessageContaining("checkpoint format 2, but this build reads up to 1");

    Path bookkeeping = data.resolve("state/github/etags.json");
    Files.writeString(bookkeeping, "{\"a\":1}");
    assertThat(CheckpointHeader.read(bookkeeping)).isEmpty();
  }

  @Test
  void runLogLinesOfEveryVersionAreRead() throws Exception {
    Path data = TodaysFormats.copyTo(dir.resolve("data"));
    Workspace workspace = new Workspace(dir.resolve("sheets"), data, dir.resolve("site"));
    RunLog log = new RunLog(workspace);
    log.append(StageRun.start("compact").in("files", 2).finish(true));

    assertThat(lastLineOf(workspace.runs().resolve("runs.jsonl")))
        .startsWith("{\"format_version\":1,\"stage\":\"compact\"");
    assertThat(log.read()).extracting(StageReport::stage).containsExactly("harvest", "compact");
    assertThat(log.read().get(1).in()).containsEntry("files", 2L);
  }

  private static String lastLine(Path gz) throws Exception {
    try (InputStream in = new GZIPInputStream(Files.newInputStream(gz))) {
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
      return text.substring(text.lastIndexOf('\n') + 1);
    }
  }

  private static String lastLineOf(Path file) throws Exception {
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    return lines.get(lines.size() - 1);
  }
}
