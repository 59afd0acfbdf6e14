package org.ossatlas.harvester.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ossatlas.common.AtlasException;
import org.ossatlas.common.commits.CommitTableFormat;
import org.ossatlas.harvester.quality.Finding.Severity;

class CommitQualityCheckTest {
  private static final String HEADER = CommitTableFormat.preamble();
  private static final Instant NOW = Instant.parse("2026-11-23T12:00:00Z");

  @TempDir Path dir;

  private Path commits(String... rows) throws IOException {
    Path file = dir.resolve("commits.csv.gz");
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
      out.write((HEADER + String.join("\n", rows) + "\n").getBytes(StandardCharsets.UTF_8));
    }
    return file;
  }

  private static String row(String project, String sha, String authorTime, boolean bot) {
    return String.join(
        ",",
        project,
        sha,
        "gh:a",
        authorTime,
        "gh:a",
        authorTime,
        "1",
        "0",
        "1",
        "false",
        String.valueOf(bot));
  }

  private QualityReport check(Path file, List<String> projects) {
    return new CommitQualityCheck(QualityRules.defaults(), dir.resolve("state"))
        .check(file, projects, NOW);
  }

  private static List<String> rules(QualityReport report) {
    return report.findings().stream().map(f -> f.rule() + "/" + f.project()).toList();
  }

  @Test
  void cleanDataHasNoFindings() throws IOException {
    Path file = commits(row("duckdb", "a1", "2024-01-01T00:00:00Z", false));

    assertThat(check(file, List.of("duckdb")).findings()).isEmpty();
  }

  @Test
  void flagsACommitClaimingAnAbsurdNumberOfLines() throws IOException {
    String normal = row("duckdb", "a1", "2024-01-01T00:00:00Z", false);
    String absurd =
        row("duckdb", "a2", "2024-01-02T00:00:00Z", false).replace(",1,0,1,", ",999999999,0,1,");
    Path file = commits(normal, absurd);

    QualityReport report = check(file, List.of("duckdb"));

    assertThat(rules(report)).containsExactly("huge-change/duckdb");
    assertThat(report.findings().get(0).message()).contains("a2 (999999999)");
    assertThat(report.hasErrors()).isFalse();
  }

  @Test
  void flagsFutureAndAncientDatesWithExamples() throws IOException {
    Path file =
        commits(
            row("duckdb", "a1", "2031-01-01T00:00:00Z", false),
            row("duckdb", "a2", "1970-01-01T00:00:00Z", false),
            row("duckdb", "a3", "2026-11-24T06:00:00Z", false));

    QualityReport report = check(file, List.of("duckdb"));

    assertThat(rules(report)).containsExactly("future-date/duckdb", "ancient-date/duckdb");
    assertThat(report.findings().get(0).message()).contains("1 commits").contains("a1");
    assertThat(report.hasErrors()).isFalse();
  }

  @Test
  void flagsShasSharedByTwoProjects() throws IOException {
    Path file =
        commits(
            row("trino", "s1", "2020-01-01T00:00:00Z", false),
            row("presto", "s1", "2020-01-01T00:00:00Z", false),
            row("presto", "s2", "2020-01-02T00:00:00Z", false));

    QualityReport report = check(file, List.of("trino", "presto"));

    assertThat(rules(report)).containsExactly("shared-sha/presto+trino");
    assertThat(report.findings().get(0).message()).startsWith("1 commits appear in both");
  }

  @Test
  void flagsProjectsWithoutCommitsAndBotHeavyProjects() throws IOException {
    Path file =
        commits(
            row("renovated", "b1", "2024-01-01T00:00:00Z", true),
            row("renovated", "b2", "2024-01-02T00:00:00Z", true),
            row("renovated", "h1", "2024-01-03T00:00:00Z", false));

    QualityReport report = check(file, List.of("renovated", "empty-one"));

    assertThat(rules(report)).containsExactly("no-commits/empty-one", "bot-share/renovated");
    assertThat(report.findings().get(1).message()).contains("2 of 3 commits (67%");
  }

  @Test
  void aDropInCommitsBetweenRunsIsAnErrorAndKeepsBeingReported() throws IOException {
    List<String> rows = new java.util.ArrayList<>();
    for (int i = 0; i < 20; i++) {
      rows.add(row("spark", "c" + i, "2024-01-01T00:00:00Z", false));
    }
    assertThat(check(commits(rows.toArray(String[]::new)), List.of("spark")).findings()).isEmpty();

    Path rewritten = commits(rows.subList(0, 10).toArray(String[]::new));
    QualityReport first = check(rewritten, List.of("spark"));
    QualityReport second = check(rewritten, List.of("spark"));

    assertThat(first.hasErrors()).isTrue();
    assertThat(first.findings().get(0).message()).contains("fell from 20 to 10");
    assertThat(second.hasErrors()).as("the stored counts were not lowered").isTrue();
  }

  @Test
  void aSmallDropIsOnlyAWarning() throws IOException {
    List<String> rows = new java.util.ArrayList<>();
    for (int i = 0; i < 100; i++) {
      rows.add(row("spark", "c" + i, "2024-01-01T00:00:00Z", false));
    }
    check(commits(rows.toArray(String[]::new)), List.of("spark"));

    QualityReport report =
        check(commits(rows.subList(0, 98).toArray(String[]::new)), List.of("spark"));

    assertThat(report.findings()).extracting(Finding::severity).containsExactly(Severity.WARNING);
  }

  @Test
  void aProjectThatLostAllItsCommitsIsACountDropWhileTheSheetsStillExpectIt() throws IOException {
    List<String> rows = new java.util.ArrayList<>();
    for (int i = 0; i < 20; i++) {
      rows.add(row("spark", "c" + i, "2024-01-01T00:00:00Z", false));
      rows.add(row("flink", "f" + i, "2024-01-01T00:00:00Z", false));
    }
    check(commits(rows.toArray(String[]::new)), List.of("spark", "flink"));

    // spark's raw folder is gone: no rows at all
    Path withoutSpark =
        commits(rows.stream().filter(r -> r.startsWith("flink")).toList().toArray(String[]::new));
    QualityReport first = check(withoutSpark, List.of("spark", "flink"));
    QualityReport second = check(withoutSpark, List.of("spark", "flink"));

    assertThat(rules(first)).containsExactly("no-commits/spark", "count-drop/spark");
    assertThat(first.hasErrors()).isTrue();
    assertThat(first.findings().get(1).message()).contains("fell from 20 to 0");
    assertThat(second.hasErrors()).as("the stored count was not forgotten").isTrue();

    // once spark leaves the sheets, its disappearance is no longer a drop
    QualityReport removed = check(withoutSpark, List.of("flink"));
    assertThat(removed.findings()).isEmpty();
  }

  @Test
  void anUnknownAuthorTimeIsAWarningNotAnError() throws IOException {
    Path file =
        commits(
            row("duckdb", "a1", "2024-01-01T00:00:00Z", false),
            row("duckdb", "a2", "", false),
            row("duckdb", "a3", "", false));

    QualityReport report = check(file, List.of("duckdb"));

    assertThat(rules(report)).containsExactly("unknown-date/duckdb");
    assertThat(report.findings().get(0).severity()).isEqualTo(Severity.WARNING);
    assertThat(report.findings().get(0).message()).contains("2 commits").contains("a2, a3");
    assertThat(report.commitsPerProject()).containsEntry("duckdb", 3L);
  }

  @Test
  void aBrokenTimeNamesTheFileAndLine() throws IOException {
    Path file =
        commits(
            row("duckdb", "a1", "2024-01-01T00:00:00Z", false),
            row("duckdb", "a2", "yesterday", false));

    assertThatThrownBy(() -> check(file, List.of("duckdb")))
        .isInstanceOf(AtlasException.class)
        .hasMessageContaining("commits.csv.gz:4: author_time: 'yesterday' is not an ISO 8601 time")
        .hasMessageContaining("compact it again");
  }
}
