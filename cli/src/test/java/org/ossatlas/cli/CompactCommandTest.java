package org.ossatlas.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ossatlas.common.commits.CommitTableFormat;
import org.ossatlas.harvester.raw.RawRecord;
import org.ossatlas.harvester.raw.RawStore;

class CompactCommandTest {
  static final Instant FETCHED = Instant.parse("2026-11-20T08:00:00Z");

  @TempDir Path dir;

  static RawRecord page(String... commits) {
    return new RawRecord(
        "github",
        "commits",
        "https://api.github.test/repos/o/r/commits",
        200,
        Map.of("etag", "\"x\""),
        FETCHED,
        "[" + String.join(",", commits) + "]");
  }

  static String commit(String sha, String email, String date) {
    return String.format(
        "{\"sha\":\"%s\",\"commit\":{\"author\":{\"name\":\"N\",\"email\":\"%s\",\"date\":\"%s\"},"
            + "\"committer\":{\"name\":\"N\",\"email\":\"%s\",\"date\":\"%s\"}},"
            + "\"author\":{\"login\":\"n\"},\"parents\":[]}",
        sha, email, date, email, date);
  }

  static void store(Path data, String project, RawRecord... records) {
    new RawStore(data.resolve("raw")).open(project).append(List.of(records));
  }

  private CommandRun compact() {
    return CommandRun.of(
        "compact",
        "--data",
        dir.resolve("data").toString(),
        "--sheets",
        dir.resolve("sheets").toString());
  }

  private List<String> rows() throws IOException {
    try (InputStream in =
        new GZIPInputStream(Files.newInputStream(dir.resolve("data/commits.csv.gz")))) {
      List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
      assertThat(lines.get(0)).isEqualTo(CommitTableFormat.versionLine());
      return lines.subList(1, lines.size()); // the header, then the rows
    }
  }

  @Test
  void compactsAndSummarizes() throws IOException {
    Path data = dir.resolve("data");
    store(
        data,
        "duckdb",
        page(
            commit("a1", "ann@example.org", "2024-05-01T10:00:00Z"),
            commit("a2", "ann@example.org", "2024-05-02T10:00:00Z")));
    store(data, "duckdb", page(commit("a2", "ann@example.org", "2024-05-02T10:00:00Z")));

    CommandRun run = compact();

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out())
        .contains(": 2 rows from 1 projects.")
        .contains("3 seen = 2 rows + 1 duplicates + 0 unreachable")
        .contains("commits/s")
        .contains("0 errors, 0 warnings");
    assertThat(rows()).hasSize(3).first().asString().startsWith("project,sha,author_key");
    assertThat(String.join("\n", rows())).doesNotContain("ann@");
  }

  @Test
  void anEmptyDataFolderWritesTheHeaderAndSaysWhatToRun() throws IOException {
    CommandRun run = compact();

    assertThat(run.exitCode()).isZero();
    assertThat(run.err()).contains("nothing harvested yet").contains("ossatlas harvest");
    assertThat(rows()).hasSize(1);
  }

  @Test
  void aFutureDateIsAWarningAndALargeDropExits65AfterWriting() throws IOException {
    Path data = dir.resolve("data");
    for (int i = 0; i < 10; i++) {
      // a file per append (seal size 1), so that files can be lost
      new RawStore(data.resolve("raw"), 1, java.time.Clock.systemUTC())
          .open("spark")
          .append(page(commit("s" + i, "a@example.org", "2024-01-1" + i + "T00:00:00Z")));
    }
    store(data, "duckdb", page(commit("f1", "a@example.org", "2099-01-01T00:00:00Z")));

    CommandRun first = compact();

    assertThat(first.exitCode()).as(first.err()).isZero();
    assertThat(first.err()).contains("warning: future-date: duckdb: 1 commits dated in the future");

    // Raw files lost: half of spark's history disappears.
    List<Path> files = new RawStore(data.resolve("raw")).files("spark");
    for (Path file : files.subList(0, 5)) {
      Files.delete(file);
    }
    CommandRun second = compact();

    assertThat(second.exitCode()).isEqualTo(65);
    assertThat(second.err())
        .contains("error: count-drop: spark: commits fell from 10 to 5")
        .contains("was written");
    assertThat(rows()).hasSize(1 + 5 + 1);
  }

  @Test
  void aCorruptRawFileExits65AndKeepsTheOldTable() throws IOException {
    Path data = dir.resolve("data");
    store(data, "duckdb", page(commit("a1", "a@example.org", "2024-05-01T10:00:00Z")));
    assertThat(compact().exitCode()).isZero();
    byte[] before = Files.readAllBytes(data.resolve("commits.csv.gz"));
    store(
        data,
        "duckdb",
        new RawRecord("github", "commits", "u", 200, Map.of(), FETCHED, "{\"message\":\"oops\"}"));

    CommandRun run = compact();

    assertThat(run.exitCode()).isEqualTo(65);
    assertThat(run.err()).contains("record 2 (github/commits)").doesNotContain("\tat ");
    assertThat(Files.readAllBytes(data.resolve("commits.csv.gz"))).isEqualTo(before);
  }
}
