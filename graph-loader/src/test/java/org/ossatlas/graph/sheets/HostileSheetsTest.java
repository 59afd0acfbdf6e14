package org.ossatlas.graph.sheets;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.ossatlas.graph.testing.SheetsFixture;

/**
 * The hostile-input suite of the validator (docs/security.md): what a careless or malicious curator
 * can put in a cell — credentials, control characters, terminal escapes, huge values, long ids,
 * encoded script links, structural CSV errors, thousands of links — is reported at file:line and
 * nothing is loaded.
 */
class HostileSheetsTest {
  @TempDir Path dir;

  private static final String PROJECT_ROW =
      "airflow,Apache Airflow,https://github.com/apache/airflow,workflow,https://airflow.apache.org,"
          + "Author and schedule workflows.,";

  private ValidationResult withProjectRow(String row) {
    return SheetsValidator.validate(
        SheetsFixture.clean()
            .with("projects.csv", SheetsFixture.PROJECTS.replace(PROJECT_ROW, row))
            .writeTo(dir));
  }

  private static List<String> errors(ValidationResult result) {
    return result.problems().stream().filter(Problem::isError).map(Problem::format).toList();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "https://user:SECRET@gitlab.example/r.git",
        "https://ghp_SECRET@gitlab.example/r.git",
        "ssh://git:SECRET@example.org/r.git"
      })
  void credentialsInARepoUrlAreRejected(String repo) {
    ValidationResult result =
        withProjectRow(PROJECT_ROW.replace("https://github.com/apache/airflow", repo));
    assertThat(errors(result))
        .singleElement()
        .asString()
        .startsWith("projects.csv:5: repo: error: the URL carries credentials");
  }

  @Test
  void credentialsInEveryOtherUrlColumnAreRejected() {
    ValidationResult result =
        SheetsValidator.validate(
            SheetsFixture.clean()
                .with(
                    "projects.csv",
                    SheetsFixture.PROJECTS.replace(
                        "https://airflow.apache.org,", "https://u:p@airflow.apache.org,"))
                .with(
                    "backers.csv",
                    SheetsFixture.BACKERS.replace(
                        "https://www.apache.org", "https://tok@apache.org"))
                .with(
                    "links.csv",
                    SheetsFixture.LINKS.replace(
                        "https://airflow.apache.org/docs/", "https://a:b@airflow.apache.org/docs/"))
                .writeTo(dir));
    assertThat(errors(result))
        .anyMatch(e -> e.startsWith("backers.csv:4: url: error: the URL carries credentials"))
        .anyMatch(e -> e.startsWith("links.csv:5: url: error: the URL carries credentials"))
        .anyMatch(
            e -> e.startsWith("projects.csv:5: homepage: error: the URL carries credentials"));
  }

  @ParameterizedTest(name = "control character {0}")
  @ValueSource(ints = {0x00, 0x0b, 0x1b, 0x7f, 0x85, 0x9b})
  void controlCharactersAreRejectedAtFileAndLine(int control) {
    String name = "Apache" + (char) control + "Airflow";
    ValidationResult result = withProjectRow(PROJECT_ROW.replace("Apache Airflow", name));
    assertThat(errors(result))
        .singleElement()
        .asString()
        .startsWith(
            "projects.csv:5: name: error: control character "
                + String.format("\\x%02x", control)
                + " at position 7");
  }

  @Test
  void lineBreaksAndTabsAreAllowedOnlyInProse() {
    ValidationResult prose =
        withProjectRow(
            PROJECT_ROW.replace("Author and schedule workflows.", "\"Author\tand\r\nschedule.\""));
    assertThat(errors(prose)).isEmpty();

    ValidationResult name =
        withProjectRow(PROJECT_ROW.replace("Apache Airflow", "\"Apache\nAirflow\""));
    assertThat(errors(name))
        .singleElement()
        .asString()
        .contains("name: error: control character \\x0a");
  }

  @Test
  void terminalEscapesAndBidiOverridesAreShownEscaped() {
    String id = "x\u001b]0;PWNED\u0007\u001b[2J\u202e";
    ValidationResult result = withProjectRow(PROJECT_ROW.replaceFirst("^airflow", id));
    List<String> lines = result.problems().stream().map(Problem::format).toList();
    assertThat(lines).isNotEmpty();
    assertThat(String.join("\n", lines))
        .doesNotContain("\u001b")
        .doesNotContain("\u0007")
        .doesNotContain("\u202e")
        .contains("x\\x1b]0;PWNED\\x07\\x1b[2JU+202E");
  }

  @Test
  void aLongIdIsRejectedWithTheLimit() {
    String id = "a".repeat(300);
    ValidationResult result = withProjectRow(PROJECT_ROW.replaceFirst("^airflow", id));
    assertThat(errors(result))
        .anyMatch(
            e ->
                e.startsWith(
                    "projects.csv:5: id: error: the id is 300 characters long; the limit is 64"));
    assertThat(result.hasErrors()).isTrue();
  }

  @Test
  void aHugeMarkdownCellIsRejectedWithItsSizeAndTheLimit() {
    String huge = "[".repeat(500_000) + "a](b".repeat(125_000);
    ValidationResult result =
        withProjectRow(PROJECT_ROW.replace("Author and schedule workflows.", huge));
    assertThat(errors(result))
        .singleElement()
        .asString()
        .startsWith(
            "projects.csv:5: description: error: the value is "
                + huge.length()
                + " characters long; the limit is 10000");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "[x](javascript&#58;alert(1))",
        "[x](javascript&colon;alert(1))",
        "[x](%6Aavascript:alert(1))",
        "[x](java%09script:alert(1))",
        "[x](jav&#x09;ascript:alert(1))",
        "[x](javascript\\:alert(1))"
      })
  void encodedScriptLinksAreReported(String markdown) {
    ValidationResult result =
        withProjectRow(PROJECT_ROW.replace("Author and schedule workflows.", markdown));
    assertThat(errors(result))
        .singleElement()
        .asString()
        .startsWith("projects.csv:5: description: error: Markdown link to");
  }

  @Test
  void anUnclosedQuoteIsReportedAloneAndStopsTheFile() {
    StringBuilder links = new StringBuilder("project,kind,url,title\n");
    links.append("duckdb,docs,https://duckdb.org/docs/,\"Documentation\n"); // never closed
    for (int i = 0; i < 300; i++) {
      links.append("airflow,docs,https://airflow.apache.org/d").append(i).append(",\"T").append(i);
      links.append("\"\n");
    }
    ValidationResult result =
        SheetsValidator.validate(
            SheetsFixture.clean().with("links.csv", links.toString()).writeTo(dir));
    assertThat(errors(result)).hasSize(1).first().asString().startsWith("links.csv:2: ");
  }

  @Test
  void aStrayCommaStopsTheFileWithoutFollowOnReferenceErrors() {
    String projects = SheetsFixture.PROJECTS.replace("A small SQL engine.", "A small, SQL engine.");
    ValidationResult result =
        SheetsValidator.validate(SheetsFixture.clean().with("projects.csv", projects).writeTo(dir));
    assertThat(errors(result))
        .singleElement()
        .asString()
        .startsWith("projects.csv:6: *: error: the row has 8 fields, the header has 7; the rest");
  }

  @Test
  void aProjectWithTooManyLinksIsRejected() {
    StringBuilder links = new StringBuilder("project,kind,url,title\n");
    for (int i = 0; i < CrossChecks.MAX_LINKS_PER_PROJECT + 5; i++) {
      links.append("airflow,docs,https://airflow.apache.org/d").append(i).append(",T\n");
    }
    ValidationResult result =
        SheetsValidator.validate(
            SheetsFixture.clean().with("links.csv", links.toString()).writeTo(dir));
    assertThat(errors(result))
        .singleElement()
        .asString()
        .startsWith("links.csv:52: project: error: `airflow` has more than 50 links");
  }

  @Test
  void aReorderedHeaderAndWindowsLineEndingsAreAccepted() {
    String reordered =
        "name,id,description,parent\r\n"
            + "Databases,databases,Systems that store data.,\r\n"
            + "Analytical databases,analytical,Column stores.,databases\r\n"
            + "Workflow orchestration,workflow,Schedulers.,\r\n";
    ValidationResult result =
        SheetsValidator.validate(
            SheetsFixture.clean().with("categories.csv", reordered).writeTo(dir));
    assertThat(result.problems()).isEmpty();
    assertThat(result.sheets().categories())
        .extracting(Category::id)
        .containsExactly("databases", "analytical", "workflow");
  }
}
