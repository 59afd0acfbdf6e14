package org.ossatlas.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ossatlas.graph.testing.SheetsFixture;

/** {@code validate --format github}: one GitHub Actions annotation per problem, escaped. */
class ValidateGitHubFormatTest {
  @TempDir Path dir;

  @Test
  void errorsBecomeAnnotationsOnTheLineAndColumnOfTheCell() {
    Path sheets =
        SheetsFixture.clean()
            .with("relations.csv", "from,to,kind\nduckdb,sqlit,fork-of\n")
            .writeTo(dir.resolve("sheets"));

    CommandRun run = CommandRun.of("validate", "--format", "github", "--sheets", sheets.toString());

    assertThat(run.exitCode()).isEqualTo(65);
    String file = sheets.resolve("relations.csv").toString().replace(":", "%3A");
    assertThat(run.out().lines())
        .containsExactly(
            "::error file="
                + file
                + ",line=2,col=8,title=relations.csv%3A to::to: unknown project `sqlit` (did you"
                + " mean `sqlite`?)",
            "1 error, 0 warnings in 6 files");
  }

  @Test
  void warningsAreWarningsAndWholeRowProblemsHaveNoColumn() {
    Path sheets =
        SheetsFixture.clean()
            .with("relations.csv", "\uFEFFfrom,to,kind\nduckdb,sqlite,fork-of,extra\n")
            .writeTo(dir.resolve("sheets"));

    CommandRun run = CommandRun.of("validate", "--format", "github", "--sheets", sheets.toString());

    assertThat(run.out().lines())
        .anySatisfy(l -> assertThat(l).startsWith("::warning file=").contains(",line=1,col=1,"))
        .anySatisfy(
            l ->
                assertThat(l)
                    .startsWith("::error file=")
                    .contains(",line=2,title=")
                    .doesNotContain("col="));
  }

  @Test
  void messagesAndPropertiesAreEscapedAsTheRunnerExpects() {
    assertThat(GitHubAnnotation.data("50% done\r\nnext")).isEqualTo("50%25 done%0D%0Anext");
    assertThat(GitHubAnnotation.property("a:b,c%\n")).isEqualTo("a%3Ab%2Cc%25%0A");
    // The message part keeps : and , (the runner splits only the properties on them).
    assertThat(GitHubAnnotation.data("a:b,c")).isEqualTo("a:b,c");
  }
}
