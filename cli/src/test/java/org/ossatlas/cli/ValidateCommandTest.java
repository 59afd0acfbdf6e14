package org.ossatlas.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ossatlas.graph.testing.SheetsFixture;

class ValidateCommandTest {
  @TempDir Path dir;

  @Test
  void cleanSheetsExitZero() {
    Path sheets = SheetsFixture.clean().writeTo(dir.resolve("sheets"));

    CommandRun run = CommandRun.of("validate", "--sheets", sheets.toString());

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).isEqualTo("0 errors, 0 warnings in 6 files" + System.lineSeparator());
  }

  @Test
  void warningsArePrintedButDoNotFail() {
    Path sheets =
        SheetsFixture.clean()
            .with("relations.csv", "\uFEFFfrom,to,kind\nduckdb, sqlite,fork-of\n")
            .writeTo(dir.resolve("sheets"));

    CommandRun run = CommandRun.of("validate", "--sheets", sheets.toString());

    assertThat(run.exitCode()).isZero();
    assertThat(run.out().lines())
        .containsExactly(
            "relations.csv:1: from: warning: byte-order mark at the start of the file, removed"
                + " (save the file as UTF-8 without BOM)",
            "relations.csv:2: to: warning: spaces around the value, trimmed",
            "0 errors, 2 warnings in 6 files");
  }

  @Test
  void errorsArePrintedOnePerLineAndExit65() {
    Path sheets =
        SheetsFixture.clean()
            .with("relations.csv", "from,to,kind\nduckdb,sqlit,fork-of\n")
            .with(
                "links.csv", SheetsFixture.LINKS.replace("https://airflow", "javascript://airflow"))
            .writeTo(dir.resolve("sheets"));

    CommandRun run = CommandRun.of("validate", "--sheets", sheets.toString());

    assertThat(run.exitCode()).isEqualTo(65);
    assertThat(run.out().lines())
        .containsExactly(
            "links.csv:5: url: error: the scheme `javascript:` is not allowed:"
                + " `javascript://airflow.apache.org/docs/` (use an http:// or https:// URL)",
            "relations.csv:2: to: error: unknown project `sqlit` (did you mean `sqlite`?)",
            "2 errors, 0 warnings in 6 files");
  }

  @Test
  void aMissingSheetsFolderIsReportedWithoutAStackTrace() {
    CommandRun run = CommandRun.of("validate", "--sheets", dir.resolve("nowhere").toString());

    assertThat(run.exitCode()).isEqualTo(65);
    assertThat(run.err())
        .startsWith("ossatlas: there is no sheets folder at")
        .doesNotContain("\tat ");
  }
}
