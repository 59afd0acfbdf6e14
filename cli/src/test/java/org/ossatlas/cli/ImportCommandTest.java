package org.ossatlas.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ossatlas import}: the summary, the target folder, the exit codes. */
class ImportCommandTest {
  private static final String LANDSCAPE =
      """
      landscape:
        - category:
          name: Machine Learning
          subcategories:
            - subcategory:
              name: Framework
              items:
                - item:
                  name: Angel-ML
                  homepage_url: https://angelml.ai/
                  project: graduated
                  repo_url: https://github.com/Angel-ML/angel
                  crunchbase: https://www.crunchbase.com/organization/lf-artificial-intelligence-foundation
                - item:
                  name: Amazon (hosting)
                  homepage_url: https://amazon.com/
      """;

  @TempDir Path dir;

  @Test
  void importsIntoOutAndSaysWhatItDid() throws IOException {
    Path file = dir.resolve("landscape.yml");
    Files.writeString(file, LANDSCAPE);
    Path out = dir.resolve("sheets");

    CommandRun run =
        CommandRun.of(
            "import",
            "landscape",
            file.toString(),
            "--out",
            out.toString(),
            "--foundation",
            "LF AI & Data");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out())
        .contains("projects.csv +1")
        .contains("angel-ml (Angel-ML)")
        .contains("Amazon (hosting)")
        .contains("no `repo_url`")
        .contains("0 errors");
    assertThat(Files.readString(out.resolve("project_backers.csv")))
        .contains("angel-ml,lf-ai-and-data,steward");

    CommandRun validate = CommandRun.of("validate", "--sheets", out.toString());
    assertThat(validate.exitCode()).isZero();
  }

  @Test
  void withoutOutTheSheetsFolderIsTheTarget() throws IOException {
    Path file = dir.resolve("landscape.yml");
    Files.writeString(file, LANDSCAPE);
    Path sheets = dir.resolve("curated");

    CommandRun run =
        CommandRun.of("--sheets", sheets.toString(), "import", "landscape", file.toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(sheets.resolve("projects.csv")).exists();
  }

  @Test
  void aFileOfAnotherFormatIsADataError() throws IOException {
    Path file = dir.resolve("projects.yaml");
    Files.writeString(file, "projects:\n  - name: x\n");
    Path out = dir.resolve("sheets");

    CommandRun run = CommandRun.of("import", "landscape", file.toString(), "--out", out.toString());

    assertThat(run.exitCode()).isEqualTo(65);
    assertThat(run.err()).contains("no `landscape:` list").doesNotContain("\tat ");
    assertThat(out).doesNotExist();
  }

  @Test
  void aFolderThatIsNotASheetsFolderIsNotReplaced() throws IOException {
    Path file = dir.resolve("landscape.yml");
    Files.writeString(file, LANDSCAPE);
    Path checkout = dir.resolve("checkout");
    Files.createDirectories(checkout);
    Files.writeString(checkout.resolve("pom.xml"), "<project/>");

    CommandRun run =
        CommandRun.of("import", "landscape", file.toString(), "--out", checkout.toString());

    assertThat(run.exitCode()).isEqualTo(2);
    try (var files = Files.list(checkout)) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactly("pom.xml");
    }
  }
}
