package org.ossatlas.analytics.commits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ossatlas.analytics.testing.CommitFixture.bot;
import static org.ossatlas.analytics.testing.CommitFixture.commit;
import static org.ossatlas.analytics.testing.CommitFixture.merge;
import static org.ossatlas.analytics.testing.CommitFixture.row;

import java.nio.file.Path;
import java.time.Instant;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ossatlas.analytics.series.Granularity;
import org.ossatlas.analytics.testing.CommitFixture;
import org.ossatlas.common.AtlasException;
import org.ossatlas.common.ExitCode;
import org.ossatlas.common.commits.IsoTimes;
import tech.tablesaw.api.Table;

class CommitLoaderTest {
  @TempDir Path dir;

  private static final List<String> PROJECTS = List.of("arrow", "duckdb");

  private CommitLoader.Loaded load(List<String> rows, String now) {
    Path file = CommitFixture.write(dir.resolve("commits.csv.gz"), rows);
    return new CommitLoader(PROJECTS, Instant.parse(now)).load(file);
  }

  @Test
  void turnsRowsIntoNumbersAndSkipsUnknownProjects() {
    CommitLoader.Loaded loaded =
        load(
            List.of(
                commit("duckdb", "k1", "2024-01-10T10:00:00Z"),
                commit("arrow", "k2", "2024-01-11T10:00:00Z"),
                commit("duckdb", "k1", "2024-02-10T10:00:00Z"),
                bot("duckdb", "dependabot[bot]", "2024-02-11T10:00:00Z"),
                merge("arrow", "", "2024-02-12T10:00:00Z"),
                commit("gone", "k3", "2024-02-13T10:00:00Z"),
                commit("gone", "k3", "2024-02-14T10:00:00Z")),
            "2024-03-01T00:00:00Z");

    Table t = loaded.commits().table();
    assertThat(loaded.rowsRead()).isEqualTo(7);
    assertThat(loaded.unknownProjects()).containsEntry("gone", 2L);
    assertThat(t.rowCount()).isEqualTo(5);
    assertThat(t.intColumn(CommitTable.PROJECT).asList()).containsExactly(1, 0, 1, 1, 0);
    assertThat(t.intColumn(CommitTable.AUTHOR).asList())
        .containsExactly(0, 1, 0, CommitTable.BOT, CommitTable.ANONYMOUS);
    assertThat(t.longColumn(CommitTable.TIME).get(0))
        .isEqualTo(Instant.parse("2024-01-10T10:00:00Z").getEpochSecond());
    assertThat(t.intColumn(CommitTable.ADDITIONS).asList()).containsExactly(1, 1, 1, 1, 0);
  }

  @Test
  void aCommitBelongsToTheMonthOfItsAuthorTimeInUtc() {
    Table t =
        load(
                List.of(
                    // 23:30 at UTC−2 on 31 January is 01:30 UTC on 1 February.
                    commit("arrow", "k", "2024-01-31T23:30:00-02:00"),
                    // 00:30 at UTC+1 on 1 March is 23:30 UTC on 29 February.
                    commit("arrow", "k", "2024-03-01T00:30:00+01:00"),
                    commit("arrow", "k", "2024-01-31T23:59:59Z"),
                    commit("arrow", "k", "2024-01-31T23:59:59.999Z")),
                "2024-04-01T00:00:00Z")
            .commits()
            .table();

    assertThat(t.intColumn(CommitTable.MONTH).asList())
        .containsExactly(
            Granularity.month(YearMonth.of(2024, 2)),
            Granularity.month(YearMonth.of(2024, 2)),
            Granularity.month(YearMonth.of(2024, 1)),
            Granularity.month(YearMonth.of(2024, 1)));
  }

  @Test
  void unknownCountsAreMissingAndTheCommitterTimeStandsInForAMissingAuthorTime() {
    CommitLoader.Loaded loaded =
        load(
            List.of(
                row("arrow", "k", "2024-01-10T10:00:00Z", "", "", false, false),
                "arrow,abc,k,,k,2024-01-12T00:00:00Z,3,4,1,false,false",
                "arrow,abd,k,,k,,3,4,1,false,false"),
            "2024-03-01T00:00:00Z");

    Table t = loaded.commits().table();
    assertThat(t.intColumn(CommitTable.ADDITIONS).isMissing(0)).isTrue();
    assertThat(t.intColumn(CommitTable.DELETIONS).isMissing(0)).isTrue();
    assertThat(t.longColumn(CommitTable.TIME).get(1))
        .isEqualTo(Instant.parse("2024-01-12T00:00:00Z").getEpochSecond());
    assertThat(loaded.rowsWithoutTime()).isEqualTo(1);
  }

  @Test
  void theLastCompleteMonthIsTheOneBeforeTheLatestCommitIgnoringTheFuture() {
    CommitTable commits =
        load(
                List.of(
                    commit("arrow", "k", "2024-03-02T10:00:00Z"),
                    commit("arrow", "k", "2037-01-01T00:00:00Z")),
                "2024-03-20T00:00:00Z")
            .commits();

    assertThat(commits.lastCompleteMonth()).contains(YearMonth.of(2024, 2));
    assertThat(commits.upTo(YearMonth.of(2024, 2)).rowCount()).isZero();
    assertThat(commits.upTo(YearMonth.of(2024, 3)).rowCount()).isEqualTo(1);
    assertThat(load(List.of(), "2024-03-20T00:00:00Z").commits().lastCompleteMonth()).isEmpty();
  }

  @Test
  void aBrokenRowNamesFileLineAndColumn() {
    assertThatThrownBy(
            () ->
                load(
                    List.of(
                        commit("arrow", "k", "2024-03-02T10:00:00Z"),
                        commit("arrow", "k", "yesterday")),
                    "2024-03-20T00:00:00Z"))
        .isInstanceOf(AtlasException.class)
        .hasMessageContaining("commits.csv.gz:3: author_time: 'yesterday' is not an ISO 8601 time")
        .satisfies(e -> assertThat(((AtlasException) e).exitCode()).isEqualTo(ExitCode.DATA_ERR));

    assertThatThrownBy(
            () ->
                load(
                    List.of(row("arrow", "k", "2024-03-02T10:00:00Z", "x", "1", false, false)),
                    "2024-03-20T00:00:00Z"))
        .hasMessageContaining(":2: additions: 'x' is not a whole number");
  }

  @Test
  void aShortRowIsReported() {
    assertThatThrownBy(
            () ->
                load(
                    List.of(commit("arrow", "k", "2024-03-02T10:00:00Z"), "arrow,abc,k"),
                    "2024-03-20T00:00:00Z"))
        .isInstanceOf(AtlasException.class)
        .hasMessageContaining("commits.csv.gz:3: the row has 3 columns, the header 11");
  }

  @Test
  void aMissingColumnIsReported() {
    Path file = dir.resolve("commits.csv.gz");
    CommitFixture.write(file, List.of());
    // Rewrite with a header lacking is_bot.
    try (var out = new java.util.zip.GZIPOutputStream(java.nio.file.Files.newOutputStream(file))) {
      out.write("project,sha,author_key\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    assertThatThrownBy(() -> new CommitLoader(PROJECTS, Instant.now()).load(file))
        .isInstanceOf(AtlasException.class)
        .hasMessageContaining(":1: the header has no column author_time");
  }

  @Test
  void parsesTheHarvesterFormatLikeJavaTime() {
    for (String s :
        List.of(
            "1970-01-01T00:00:00Z",
            "1999-12-31T23:59:59Z",
            "2000-02-29T12:00:00Z",
            "2024-02-29T00:00:01Z",
            "1969-07-20T20:17:40Z",
            "2100-03-01T00:00:00Z")) {
      assertThat(IsoTimes.parse(s)).as(s).isEqualTo(Instant.parse(s).getEpochSecond());
    }
    assertThatThrownBy(() -> IsoTimes.parse("2023-02-29T00:00:00Z"))
        .isInstanceOf(DateTimeParseException.class);
    assertThat(IsoTimes.parse("2024-01-01T00:00:00"))
        .isEqualTo(Instant.parse("2024-01-01T00:00:00Z").getEpochSecond());
  }
}
