package org.ossatlas.common.commits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
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

class CommitTableTest {
  private static long t(String iso) {
    return Instant.parse(iso).getEpochSecond();
  }

  private static final List<CommitTableRow> ROWS =
      List.of(
          new CommitTableRow(
              "alpha",
              "0001",
              "k1",
              t("2024-01-31T23:30:00Z"),
              "k1",
              t("2024-02-01T00:10:00Z"),
              3,
              1,
              2,
              false,
              false),
          new CommitTableRow(
              "alpha",
              "0002",
              "",
              t("2024-02-01T10:00:00Z"),
              "k2",
              CommitTableRow.UNKNOWN_TIME,
              -1,
              -1,
              -1,
              true,
              false),
          new CommitTableRow(
              "beta",
              "0003",
              "b0",
              t("2023-12-01T00:00:00Z"),
              "b0",
              t("2023-12-01T00:00:00Z"),
              0,
              0,
              0,
              false,
              true));

  private static String text(Path file) throws IOException {
    try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static Path gz(Path file, String content) throws IOException {
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
      out.write(content.getBytes(StandardCharsets.UTF_8));
    }
    return file;
  }

  @Test
  void writesTheVersionLineAndHeaderThenReadsTheRowsBack(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("commits.csv.gz");
    CommitTableWriter.write(file, ROWS);

    assertThat(text(file))
        .startsWith(
            "# ossatlas commit table, format 2\n"
                + "project,sha,author_key,author_time,committer_key,committer_time,additions,"
                + "deletions,files_changed,is_merge,is_bot\n"
                + "alpha,0001,k1,2024-01-31T23:30:00Z,k1,2024-02-01T00:10:00Z,3,1,2,false,false\n"
                + "alpha,0002,,2024-02-01T10:00:00Z,k2,,,,,true,false\n");
    assertThat(CommitTableReader.readAll(file)).isEqualTo(ROWS);
    try (CommitTableReader reader = CommitTableReader.open(file)) {
      assertThat(reader.version()).isEqualTo(2);
    }
  }

  /** A table written before format versions (kept as a fixture) reads as format 1. */
  @Test
  void readsTodaysUnversionedTable() throws Exception {
    Path file = Path.of(getClass().getResource("/commit-table/format-1.csv.gz").toURI());
    try (CommitTableReader reader = CommitTableReader.open(file)) {
      assertThat(reader.version()).isEqualTo(1);
    }
    assertThat(CommitTableReader.readAll(file)).isEqualTo(ROWS);
  }

  @Test
  void chunksHoldOneProjectEachWithTheirLineNumbers(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("commits.csv.gz");
    CommitTableWriter.write(file, ROWS);
    List<String> seen = new ArrayList<>();
    try (CommitTableReader reader = CommitTableReader.open(file)) {
      CommitCursor cursor = reader.newCursor();
      for (CommitChunk c = reader.next(); c != null; c = reader.next()) {
        seen.add(c.project() + ":" + c.rows() + "@" + c.firstLine());
        c.parse(cursor, row -> seen.add(row.sha() + "@" + row.line()));
      }
    }
    assertThat(seen).containsExactly("alpha:2@3", "0001@3", "0002@4", "beta:1@5", "0003@5");
  }

  @Test
  void aLargeProjectComesInSeveralChunks(@TempDir Path dir) throws IOException {
    List<CommitTableRow> many = new ArrayList<>();
    for (int i = 0; i < 20_000; i++) {
      many.add(
          new CommitTableRow(
              "big", String.format("%040x", i), "k" + (i % 7), i, "k", i, i, 0, 1, false, false));
    }
    Path file = dir.resolve("commits.csv.gz");
    CommitTableWriter.write(file, many);
    int chunks = 0;
    List<CommitTableRow> back = new ArrayList<>();
    try (CommitTableReader reader = CommitTableReader.open(file)) {
      CommitCursor cursor = reader.newCursor();
      for (CommitChunk c = reader.next(); c != null; c = reader.next()) {
        chunks++;
        assertThat(c.bytes()).isLessThanOrEqualTo(CommitTableReader.CHUNK_BYTES + 200);
        c.parse(cursor, row -> back.add(row.toRow()));
      }
    }
    assertThat(chunks).isGreaterThan(1);
    assertThat(back).isEqualTo(many);
  }

  @Test
  void quotedCellsSpacesBlankLinesAndCrLfAreRead(@TempDir Path dir) throws IOException {
    Path file =
        gz(
            dir.resolve("c.csv.gz"),
            CommitTableFormat.HEADER
                + "\r\n"
                + "\"alpha\",0001, k1 ,2024-01-31T23:30:00Z,k1,2024-02-01T00:10:00Z,3,1,2,false,"
                + "false\r\n\r\n"
                + "alpha,\"0002\",,2024-02-01T10:00:00Z,\"k2\",,,,,TRUE,false\n"
                + "beta,0003,b0,2023-12-01T00:00:00+00:00,b0,2023-12-01T00:00:00Z,0,0,0,false,"
                + "true");

    assertThat(CommitTableReader.readAll(file)).isEqualTo(ROWS);
  }

  @Test
  void badCellsAreReportedWithFileLineAndColumn(@TempDir Path dir) throws IOException {
    String header = CommitTableFormat.preamble();
    Path time = gz(dir.resolve("time.csv.gz"), header + "a,1,k,yesterday,k,,1,1,1,false,false\n");
    assertThatThrownBy(() -> CommitTableReader.readAll(time))
        .isInstanceOf(AtlasException.class)
        .hasMessage(
            time
                + ":3: author_time: 'yesterday' is not an ISO 8601 time; compact it again with"
                + " `ossatlas compact`");
    Path count = gz(dir.resolve("count.csv.gz"), header + "a,1,k,,k,,x1,1,1,false,false\n");
    assertThatThrownBy(() -> CommitTableReader.readAll(count))
        .hasMessageContaining(":3: additions: 'x1' is not a whole number");
    Path negative = gz(dir.resolve("neg.csv.gz"), header + "a,1,k,,k,,1,-4,1,false,false\n");
    assertThatThrownBy(() -> CommitTableReader.readAll(negative))
        .hasMessageContaining(":3: deletions: a count cannot be negative: -4");
    Path short_ = gz(dir.resolve("short.csv.gz"), header + "a,1,k\n");
    assertThatThrownBy(() -> CommitTableReader.readAll(short_))
        .hasMessageContaining(":3: the row has 3 columns, the header 11");
  }

  @Test
  void aMissingColumnOrANewerFormatIsRefused(@TempDir Path dir) throws IOException {
    Path missing = gz(dir.resolve("m.csv.gz"), "project,sha\n");
    assertThatThrownBy(() -> CommitTableReader.open(missing))
        .isInstanceOf(AtlasException.class)
        .hasMessageContaining(missing + ":1: the header has no column author_key");
    Path newer = gz(dir.resolve("n.csv.gz"), "# ossatlas commit table, format 99\n");
    assertThatThrownBy(() -> CommitTableReader.open(newer))
        .hasMessageContaining(":1: '# ossatlas commit table, format 99' is not a format");
    Path empty = gz(dir.resolve("e.csv.gz"), "");
    assertThatThrownBy(() -> CommitTableReader.open(empty)).hasMessageContaining("is empty");
  }
}
