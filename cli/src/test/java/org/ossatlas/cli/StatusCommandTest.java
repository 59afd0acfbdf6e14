package org.ossatlas.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ossatlas.cli.CompactCommandTest.commit;
import static org.ossatlas.cli.CompactCommandTest.page;
import static org.ossatlas.cli.CompactCommandTest.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StatusCommandTest {
  @TempDir Path dir;

  private CommandRun status(String... extra) {
    String[] args = new String[4 + extra.length];
    args[0] = "status";
    args[1] = "--data";
    args[2] = dir.resolve("data").toString();
    args[3] = "--sheets=" + dir.resolve("sheets");
    System.arraycopy(extra, 0, args, 4, extra.length);
    return CommandRun.of(args);
  }

  @Test
  void anEmptyDataFolderSaysWhatToRunFirst() {
    CommandRun run = status();

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("Nothing in").contains("ossatlas harvest");
  }

  @Test
  void showsCheckpointsRawFilesRunsAndRows() throws IOException {
    Path data = dir.resolve("data");
    store(
        data,
        "duckdb",
        page(
            commit("a1", "a@example.org", "2024-05-01T10:00:00Z"),
            commit("a2", "a@example.org", "2024-05-02T10:00:00Z")));
    store(data, "sqlite", page(commit("b1", "b@example.org", "2024-05-01T10:00:00Z")));
    Files.createDirectories(data.resolve("state/github"));
    Files.writeString(
        data.resolve("state/github/duckdb.json"),
        "{\"project\":\"duckdb\",\"source\":\"github\",\"status\":\"caught_up\","
            + "\"updated_at\":\"2026-11-20T08:00:00Z\",\"detail\":\"\",\"commits_stored\":2,"
            + "\"etag\":\"\\\"abc\\\"\"}");
    Files.writeString(
        data.resolve("state/github/budget.json"), "{\"requests_today\": 12}"); // not a checkpoint
    Files.createDirectories(data.resolve("state/git"));
    Files.writeString(
        data.resolve("state/git/polars.json"),
        "{\"project\":\"polars\",\"source\":\"git\",\"status\":\"failed\","
            + "\"updated_at\":\"2026-11-20T09:00:00Z\",\"detail\":\"clone refused: 404\","
            + "\"commits_stored\":0}");
    assertThat(
            CommandRun.of(
                    "compact", "--data", data.toString(), "--sheets", dir.resolve("s").toString())
                .exitCode())
        .isZero();

    CommandRun run = status();

    assertThat(run.exitCode()).as(run.err()).isZero();
    var lines = run.out().lines().toList();
    assertThat(lines.get(0)).startsWith("PROJECT").contains("STATUS").contains("LAST FETCH");
    assertThat(lines.get(1))
        .startsWith("duckdb")
        .contains("github")
        .contains("caught_up")
        .contains("2026-11-20T08:00:00Z")
        .endsWith("2");
    assertThat(lines.get(2)).startsWith("polars").contains("failed").endsWith("clone refused: 404");
    assertThat(lines.get(3)).startsWith("sqlite").contains("no checkpoint");
    assertThat(lines.get(0).indexOf("STATUS")).isEqualTo(lines.get(1).indexOf("caught_up"));
    assertThat(run.out()).contains("compact").contains("ok").contains("rows 3");
    assertThat(run.out()).contains("commits.csv.gz: 3 rows, written");
    assertThat(run.out()).doesNotContain("budget");

    CommandRun json = status("--json");
    assertThat(json.exitCode()).isZero();
    assertThat(json.out()).contains("\"project\" : \"duckdb\"").contains("\"rows\" : 3");
  }
}
