package org.ossatlas.harvester.compact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ossatlas.harvester.compact.RawFixture.commitsPage;
import static org.ossatlas.harvester.compact.RawFixture.gh;
import static org.ossatlas.harvester.compact.RawFixture.git;
import static org.ossatlas.harvester.compact.RawFixture.gitCommits;
import static org.ossatlas.harvester.compact.RawFixture.gitHead;
import static org.ossatlas.harvester.compact.RawFixture.sha;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ossatlas.common.ExitCode;
import org.ossatlas.common.RunLog;
import org.ossatlas.common.StageReport;
import org.ossatlas.common.Workspace;
import org.ossatlas.harvester.quality.Finding;
import org.ossatlas.harvester.quality.QualityRules;

class CompactionStageTest {
  private static final Instant NOW = Instant.parse("2026-11-23T12:00:00Z");

  @TempDir Path dir;

  private Workspace workspace() {
    return new Workspace(dir.resolve("sheets"), dir.resolve("data"), dir.resolve("out"));
  }

  private RawFixture raw() {
    return new RawFixture(workspace().raw());
  }

  private CompactionStage.Outcome run() {
    return new CompactionStage(
            workspace(), new Compactor(), QualityRules.defaults(), Clock.fixed(NOW, ZoneOffset.UTC))
        .run(n -> {});
  }

  private static List<String> findings(CompactionStage.Outcome outcome) {
    return outcome.quality().findings().stream().map(f -> f.rule() + "/" + f.project()).toList();
  }

  /** A linear git history of commits 100+from..100+to. */
  private static List<com.fasterxml.jackson.databind.node.ObjectNode> history(int from, int to) {
    List<com.fasterxml.jackson.databind.node.ObjectNode> commits = new ArrayList<>();
    for (int i = from; i <= to; i++) {
      String time = String.format("2024-01-%02dT00:00:00+01:00", 1 + i % 28);
      commits.add(
          i == 1
              ? git(sha(100 + i), "a@example.org", time)
              : git(sha(100 + i), "a@example.org", time, sha(99 + i)));
    }
    return commits;
  }

  @Test
  void aCleanRunIsRecordedWithItsCounts() {
    raw()
        .append(
            "duckdb",
            commitsPage(gh(sha(1), "Ann", "a@example.org", "ann", "2024-05-01T10:00:00Z")))
        .append(
            "duckdb",
            commitsPage(gh(sha(1), "Ann", "a@example.org", "ann", "2024-05-01T10:00:00Z")));

    CompactionStage.Outcome outcome = run();

    assertThat(outcome.exitCode()).isEqualTo(ExitCode.OK);
    assertThat(outcome.quality().findings()).isEmpty();
    List<StageReport> runs = new RunLog(workspace()).read();
    assertThat(runs)
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.stage()).isEqualTo("compact");
              assertThat(r.succeeded()).isTrue();
              assertThat(r.in()).containsEntry("commit entries", 2L).containsEntry("raw files", 2L);
              assertThat(r.out()).containsEntry("rows", 1L).containsEntry("duplicates dropped", 1L);
            });
  }

  @Test
  void thePlantedAnomaliesAreFlagged() {
    RawFixture raw = raw();
    // A commit dated in the future (a committer's wrong clock).
    raw.append(
        "duckdb",
        commitsPage(
            gh(sha(1), "Ann", "a@example.org", "ann", "2024-05-01T10:00:00Z"),
            gh(sha(2), "Ann", "a@example.org", "ann", "2031-01-01T00:00:00Z", sha(1))));
    // A fork that shares its parent's history.
    raw.append(
            "presto",
            commitsPage(
                gh(sha(10), "Bo", "b@example.org", "bo", "2020-01-01T00:00:00Z"),
                gh(sha(11), "Bo", "b@example.org", "bo", "2020-01-02T00:00:00Z", sha(10))))
        .append(
            "trino",
            commitsPage(
                gh(sha(10), "Bo", "b@example.org", "bo", "2020-01-01T00:00:00Z"),
                gh(sha(12), "Cy", "c@example.org", "cy", "2021-01-02T00:00:00Z", sha(10))));
    // A git project whose history is rewritten between two compactions.
    raw.append(
        "sqlite",
        gitCommits(history(1, 20).toArray(com.fasterxml.jackson.databind.node.ObjectNode[]::new)),
        gitHead(sha(120), true));

    CompactionStage.Outcome first = run();

    assertThat(findings(first)).containsExactly("future-date/duckdb", "shared-sha/presto+trino");
    assertThat(first.exitCode()).isEqualTo(ExitCode.OK);

    // Force-push: the branch is reset to commit 10 and one new commit goes on top.
    raw.append(
        "sqlite",
        gitCommits(git(sha(121), "a@example.org", "2024-02-01T00:00:00Z", sha(110))),
        gitHead(sha(121), true));

    CompactionStage.Outcome second = run();

    assertThat(second.result().unreachable()).isEqualTo(10);
    assertThat(findings(second)).contains("count-drop/sqlite");
    Finding drop =
        second.quality().findings().stream()
            .filter(f -> f.rule().equals("count-drop"))
            .findFirst()
            .orElseThrow();
    assertThat(drop.severity()).isEqualTo(Finding.Severity.ERROR);
    assertThat(drop.message()).contains("fell from 20 to 11");
    assertThat(second.exitCode()).isEqualTo(ExitCode.DATA_ERR);
    assertThat(second.result().rowsPerProject()).containsEntry("sqlite", 11L);
    assertThat(second.report().succeeded()).isFalse();
    assertThat(second.report().warnings()).anyMatch(w -> w.contains("count-drop: sqlite"));
    assertThat(new RunLog(workspace()).read()).hasSize(2);
  }

  @Test
  void projectsOfTheSheetsWithoutCommitsAreFlagged() throws IOException {
    Files.createDirectories(workspace().sheets());
    Files.writeString(
        workspace().sheets().resolve("projects.csv"),
        "\uFEFFid,name,repo,categories,homepage,description\n"
            + "duckdb,DuckDB,https://github.com/duckdb/duckdb,db,,x\n"
            + "polars,Polars,https://github.com/pola-rs/polars,db,,x\n\n");
    raw()
        .append(
            "duckdb",
            commitsPage(gh(sha(1), "Ann", "a@example.org", "ann", "2024-05-01T10:00:00Z")));

    assertThat(findings(run())).containsExactly("no-commits/polars");
  }

  @Test
  void aFailedQualityCheckIsRecordedAsAFailedRun() throws IOException {
    raw()
        .append(
            "duckdb",
            commitsPage(gh(sha(1), "Ann", "a@example.org", "ann", "2024-05-01T10:00:00Z")));
    Files.createDirectories(workspace().state());
    Files.writeString(workspace().state().resolve("quality.json"), "not json");

    org.assertj.core.api.Assertions.assertThatThrownBy(this::run)
        .isInstanceOf(org.ossatlas.common.AtlasException.class)
        .hasMessageContaining("quality.json");
    assertThat(new RunLog(workspace()).read())
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.succeeded()).isFalse();
              assertThat(r.warnings())
                  .anySatisfy(w -> assertThat(w).contains("quality check failed"));
            });
  }

  @Test
  void aCorruptRawFileIsRecordedAsAFailedRun() throws IOException {
    raw()
        .append(
            "duckdb",
            commitsPage(gh(sha(1), "Ann", "a@example.org", "ann", "2024-05-01T10:00:00Z")));
    Path file = new RawFixture(workspace().raw()).store().files("duckdb").get(0);
    byte[] bytes = Files.readAllBytes(file);
    bytes[20] ^= 0x55; // inside the deflate data of a sealed, complete member
    file.toFile().setWritable(true);
    Files.write(file, bytes);

    org.assertj.core.api.Assertions.assertThatThrownBy(this::run)
        .isInstanceOf(org.ossatlas.common.AtlasException.class)
        .satisfies(
            e ->
                assertThat(((org.ossatlas.common.AtlasException) e).exitCode())
                    .isEqualTo(ExitCode.DATA_ERR));
    assertThat(new RunLog(workspace()).read())
        .singleElement()
        .satisfies(r -> assertThat(r.succeeded()).isFalse());
    assertThat(workspace().commits()).doesNotExist();
  }
}
