package org.ossatlas.graph.sheets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ossatlas.graph.sheets.Severity.ERROR;
import static org.ossatlas.graph.sheets.Severity.WARNING;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.ossatlas.common.AtlasException;
import org.ossatlas.common.RepositoryUrl;
import org.ossatlas.graph.testing.SheetsFixture;

class SheetsValidatorTest {
  @TempDir Path dir;

  /**
   * One mistake per case in an otherwise clean set. The first data row of every fixture sheet spans
   * several lines, so the expected line numbers also check line counting.
   */
  record Case(
      String name,
      UnaryOperator<SheetsFixture> mistake,
      String file,
      long line,
      String column,
      Severity severity,
      String fragment) {
    @Override
    public String toString() {
      return name;
    }
  }

  static Stream<Case> mistakes() {
    return Stream.of(
        new Case(
            "byte-order mark",
            s -> s.with("categories.csv", "\uFEFF" + SheetsFixture.CATEGORIES),
            "categories.csv",
            1,
            "id",
            WARNING,
            "byte-order mark at the start of the file"),
        new Case(
            "spaces around a value",
            edit(
                "projects.csv",
                SheetsFixture.PROJECTS,
                "airflow,Apache Airflow,",
                "airflow,  Apache Airflow ,"),
            "projects.csv",
            5,
            "name",
            WARNING,
            "spaces around the value, trimmed"),
        new Case(
            "spaces around a header",
            edit("categories.csv", SheetsFixture.CATEGORIES, "id,name,", "id, name ,"),
            "categories.csv",
            1,
            "name",
            WARNING,
            "spaces around the column name"),
        new Case(
            "blank row mid-file",
            edit("categories.csv", SheetsFixture.CATEGORIES, "analytical,", "\nanalytical,"),
            "categories.csv",
            5,
            "*",
            WARNING,
            "blank row, ignored"),
        new Case(
            "row of empty cells mid-file",
            edit("links.csv", SheetsFixture.LINKS, "airflow,docs", ",,,\nairflow,docs"),
            "links.csv",
            5,
            "*",
            WARNING,
            "blank row, ignored"),
        new Case(
            "missing file",
            s -> s.without("relations.csv"),
            "relations.csv",
            0,
            "*",
            ERROR,
            "missing file (export the sheet's tab as relations.csv"),
        new Case(
            "empty file",
            s -> s.with("relations.csv", ""),
            "relations.csv",
            0,
            "*",
            ERROR,
            "the file is empty (the first line must be the header from,to,kind)"),
        new Case(
            "renamed column",
            edit(
                "projects.csv", SheetsFixture.PROJECTS, "categories,homepage", "category,homepage"),
            "projects.csv",
            1,
            "categories",
            ERROR,
            "missing column `categories`; the closest header found is `category` (rename `category` to `categories`)"),
        new Case(
            "missing column",
            s -> s.with("backers.csv", "id,name,url,description\nduckdb-labs,DuckDB Labs,,\n"),
            "backers.csv",
            1,
            "kind",
            ERROR,
            "missing column `kind`"),
        new Case(
            "duplicate column",
            s -> s.with("relations.csv", "from,to,kind,to\nduckdb,sqlite,fork-of,sqlite\n"),
            "relations.csv",
            1,
            "to",
            ERROR,
            "column appears twice"),
        new Case(
            "unknown column",
            s ->
                s.with(
                    "links.csv",
                    "project,kind,url,title,notes\nduckdb,docs,https://duckdb.org/docs/,Docs,read it\n"),
            "links.csv",
            1,
            "notes",
            WARNING,
            "unknown column `notes`, ignored"),
        new Case(
            "wrong number of fields",
            edit("projects.csv", SheetsFixture.PROJECTS, "Author and schedule", "Author, schedule"),
            "projects.csv",
            5,
            "*",
            ERROR,
            "the row has 8 fields, the header has 7; the rest of the file is not read (a value with a comma"),
        new Case(
            "broken quoting",
            edit(
                "relations.csv",
                SheetsFixture.RELATIONS,
                "airflow,duckdb,",
                "airflow,\"duckdb\"x,"),
            "relations.csv",
            3,
            "*",
            ERROR,
            "broken quoting"),
        new Case(
            "empty required value",
            edit(
                "backers.csv",
                SheetsFixture.BACKERS,
                "apache,Apache Software Foundation,",
                "apache,,"),
            "backers.csv",
            4,
            "name",
            ERROR,
            "empty value (`name` is required)"),
        new Case(
            "bad slug",
            edit(
                "categories.csv",
                SheetsFixture.CATEGORIES,
                "workflow,Workflow",
                "Work Flow,Workflow"),
            "categories.csv",
            6,
            "id",
            ERROR,
            "`Work Flow` is not a valid id (ids are lowercase letters, digits and '-', e.g. `work-flow`)"),
        new Case(
            "duplicate id",
            edit("projects.csv", SheetsFixture.PROJECTS, "sqlite,SQLite", "airflow,SQLite"),
            "projects.csv",
            6,
            "id",
            ERROR,
            "duplicate id `airflow`, first at line 5"),
        new Case(
            "case-variant duplicate id",
            edit("projects.csv", SheetsFixture.PROJECTS, "sqlite,SQLite", "Airflow,SQLite"),
            "projects.csv",
            6,
            "id",
            ERROR,
            "id `Airflow` differs only in case from `airflow` at line 5"),
        new Case(
            "case-variant duplicate name",
            edit("projects.csv", SheetsFixture.PROJECTS, "sqlite,SQLite", "sqlite,apache airflow"),
            "projects.csv",
            6,
            "name",
            ERROR,
            "name `apache airflow` differs only in case from `Apache Airflow` at line 5"),
        new Case(
            "unknown category",
            edit("projects.csv", SheetsFixture.PROJECTS, ",workflow,", ",workflw,"),
            "projects.csv",
            5,
            "categories",
            ERROR,
            "unknown category `workflw` (did you mean `workflow`?)"),
        new Case(
            "empty entry in the category list",
            edit("projects.csv", SheetsFixture.PROJECTS, ",workflow,", ",workflow;,"),
            "projects.csv",
            5,
            "categories",
            ERROR,
            "empty entry in `workflow;`"),
        new Case(
            "unknown parent",
            edit("categories.csv", SheetsFixture.CATEGORIES, "databases,Column", "database,Column"),
            "categories.csv",
            5,
            "parent",
            ERROR,
            "unknown category `database` (did you mean `databases`?)"),
        new Case(
            "unknown project of a backer",
            edit(
                "project_backers.csv",
                SheetsFixture.PROJECT_BACKERS,
                "airflow,apache",
                "airflw,apache"),
            "project_backers.csv",
            3,
            "project",
            ERROR,
            "unknown project `airflw` (did you mean `airflow`?)"),
        new Case(
            "unknown backer",
            edit(
                "project_backers.csv",
                SheetsFixture.PROJECT_BACKERS,
                ",duckdb-labs,",
                ",duckdblabs,"),
            "project_backers.csv",
            2,
            "backer",
            ERROR,
            "unknown backer `duckdblabs` (did you mean `duckdb-labs`?)"),
        new Case(
            "unknown project of a link",
            edit("links.csv", SheetsFixture.LINKS, "airflow,docs", "airflo,docs"),
            "links.csv",
            5,
            "project",
            ERROR,
            "unknown project `airflo` (did you mean `airflow`?)"),
        new Case(
            "unknown relation source",
            edit("relations.csv", SheetsFixture.RELATIONS, "airflow,duckdb", "kafka,duckdb"),
            "relations.csv",
            3,
            "from",
            ERROR,
            "unknown project `kafka` (no such id in projects.csv)"),
        new Case(
            "unknown relation target",
            edit("relations.csv", SheetsFixture.RELATIONS, "duckdb,sqlite", "duckdb,sqlite3"),
            "relations.csv",
            2,
            "to",
            ERROR,
            "unknown project `sqlite3` (did you mean `sqlite`?)"),
        new Case(
            "parent cycle, first member",
            edit(
                "categories.csv",
                SheetsFixture.CATEGORIES,
                "databases,Databases,,",
                "databases,Databases,analytical,"),
            "categories.csv",
            2,
            "parent",
            ERROR,
            "parent cycle: databases → analytical → databases"),
        new Case(
            "parent cycle, second member",
            edit(
                "categories.csv",
                SheetsFixture.CATEGORIES,
                "databases,Databases,,",
                "databases,Databases,analytical,"),
            "categories.csv",
            5,
            "parent",
            ERROR,
            "parent cycle: analytical → databases → analytical"),
        new Case(
            "unknown backer kind",
            edit("backers.csv", SheetsFixture.BACKERS, ",company,", ",corporation,"),
            "backers.csv",
            2,
            "kind",
            ERROR,
            "unknown kind `corporation`; allowed: company, foundation, university, community, person"),
        new Case(
            "unknown role",
            edit("project_backers.csv", SheetsFixture.PROJECT_BACKERS, ",steward", ",stewart"),
            "project_backers.csv",
            3,
            "role",
            ERROR,
            "unknown role `stewart`; allowed: creator, steward, maintainer, sponsor (did you mean `steward`?)"),
        new Case(
            "unknown link kind",
            edit("links.csv", SheetsFixture.LINKS, "duckdb,paper", "duckdb,Paper"),
            "links.csv",
            4,
            "kind",
            ERROR,
            "unknown kind `Paper`; allowed: docs, paper, talk, article, tutorial, community (did you mean `paper`?)"),
        new Case(
            "unknown relation kind",
            edit("relations.csv", SheetsFixture.RELATIONS, "integrates-with", "uses"),
            "relations.csv",
            3,
            "kind",
            ERROR,
            "unknown kind `uses`; allowed: depends-on, fork-of"),
        new Case(
            "unknown source",
            edit("projects.csv", SheetsFixture.PROJECTS, "\",github", "\",gitlab"),
            "projects.csv",
            2,
            "source",
            ERROR,
            "unknown source `gitlab`; allowed: github, git, auto"),
        new Case(
            "javascript: homepage",
            edit(
                "projects.csv",
                SheetsFixture.PROJECTS,
                "https://airflow.apache.org,",
                "javascript:alert(1),"),
            "projects.csv",
            5,
            "homepage",
            ERROR,
            "the scheme `javascript:` is not allowed: `javascript:alert(1)` (use an http:// or https:// URL)"),
        new Case(
            "data: link",
            edit(
                "links.csv",
                SheetsFixture.LINKS,
                "https://duckdb.org/pdf/SIGMOD2019-demo-duckdb.pdf",
                "data:text/html;base64;PHNjcmlwdD4"),
            "links.csv",
            4,
            "url",
            ERROR,
            "the scheme `data:` is not allowed"),
        new Case(
            "malformed backer URL",
            edit(
                "backers.csv",
                SheetsFixture.BACKERS,
                "https://www.apache.org",
                "https://www.apache org"),
            "backers.csv",
            4,
            "url",
            ERROR,
            "malformed URL: Illegal character in authority"),
        new Case(
            "URL without a scheme",
            edit(
                "projects.csv",
                SheetsFixture.PROJECTS,
                "https://airflow.apache.org,",
                "airflow.apache.org,"),
            "projects.csv",
            5,
            "homepage",
            ERROR,
            "not an absolute URL: `airflow.apache.org`"),
        new Case(
            "repo that is not a URL",
            edit(
                "projects.csv",
                SheetsFixture.PROJECTS,
                "https://github.com/apache/airflow",
                "github.com/apache/airflow"),
            "projects.csv",
            5,
            "repo",
            ERROR,
            "not a repository URL: `github.com/apache/airflow` (use https://github.com/OWNER/NAME or a clone URL"),
        new Case(
            "GitHub repo without a name",
            edit(
                "projects.csv",
                SheetsFixture.PROJECTS,
                "https://github.com/apache/airflow",
                "https://github.com/apache"),
            "projects.csv",
            5,
            "repo",
            ERROR,
            "a GitHub repository URL is https://github.com/OWNER/NAME"),
        new Case(
            "source github, repo elsewhere",
            edit(
                "projects.csv",
                SheetsFixture.PROJECTS,
                "https://github.com/duckdb/duckdb",
                "https://gitlab.com/duckdb/duckdb"),
            "projects.csv",
            2,
            "repo",
            ERROR,
            "source is `github` but `https://gitlab.com/duckdb/duckdb` is not a GitHub repository"),
        new Case(
            "raw HTML block",
            edit(
                "projects.csv",
                SheetsFixture.PROJECTS,
                "Author and schedule workflows.",
                "<div>Author and schedule</div>"),
            "projects.csv",
            5,
            "description",
            ERROR,
            "Markdown contains raw HTML `<div>Author and schedule</div>` (use Markdown; raw HTML is not allowed)"),
        new Case(
            "inline HTML",
            edit(
                "categories.csv",
                SheetsFixture.CATEGORIES,
                "Column stores",
                "Column <b>stores</b>"),
            "categories.csv",
            5,
            "description",
            ERROR,
            "Markdown contains raw HTML `<b>` (use Markdown; raw HTML is not allowed)"),
        new Case(
            "HTML comment",
            edit(
                "backers.csv",
                SheetsFixture.BACKERS,
                "https://www.apache.org,",
                "https://www.apache.org,<!-- later -->"),
            "backers.csv",
            4,
            "description",
            ERROR,
            "Markdown contains raw HTML `<!-- later -->`"),
        new Case(
            "javascript: link in Markdown",
            edit(
                "categories.csv",
                SheetsFixture.CATEGORIES,
                "Schedulers for data pipelines.",
                "[Run](javascript:alert(1))"),
            "categories.csv",
            6,
            "description",
            ERROR,
            "Markdown link to `javascript:alert(1)`"),
        new Case(
            "duplicate backer row",
            s ->
                s.with(
                    "project_backers.csv",
                    SheetsFixture.PROJECT_BACKERS + "airflow,apache,steward\n"),
            "project_backers.csv",
            4,
            "backer",
            ERROR,
            "duplicate row, first at line 3"),
        new Case(
            "duplicate link",
            s ->
                s.with(
                    "links.csv",
                    SheetsFixture.LINKS
                        + "airflow,tutorial,https://airflow.apache.org/docs/,Again\n"),
            "links.csv",
            6,
            "url",
            ERROR,
            "the project already has this URL, first at line 5"),
        new Case(
            "duplicate relation",
            s ->
                s.with("relations.csv", SheetsFixture.RELATIONS + "duckdb,sqlite,alternative-to\n"),
            "relations.csv",
            4,
            "kind",
            ERROR,
            "duplicate row, first at line 2"),
        new Case(
            "self-relation",
            edit("relations.csv", SheetsFixture.RELATIONS, "airflow,duckdb", "airflow,airflow"),
            "relations.csv",
            3,
            "to",
            ERROR,
            "`airflow` is related to itself"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("mistakes")
  void reportsTheMistakeWithFileLineAndColumn(Case c) {
    ValidationResult result =
        SheetsValidator.validate(c.mistake().apply(SheetsFixture.clean()).writeTo(dir));

    assertThat(result.problems())
        .as(String.join("\n", result.problems().stream().map(Problem::format).toList()))
        .anySatisfy(
            p -> {
              assertThat(p.file()).isEqualTo(c.file());
              assertThat(p.line()).isEqualTo(c.line());
              assertThat(p.column()).isEqualTo(c.column());
              assertThat(p.severity()).isEqualTo(c.severity());
              assertThat(p.format()).contains(c.fragment());
            });
    assertThat(result.hasErrors()).isEqualTo(c.severity() == ERROR);
  }

  @Test
  void cleanSheetsHaveNoProblems() {
    ValidationResult result = SheetsValidator.validate(SheetsFixture.clean().writeTo(dir));

    assertThat(result.problems()).isEmpty();
    assertThat(result.summary()).isEqualTo("0 errors, 0 warnings in 6 files");
    assertThat(result.sheets().rowCounts())
        .containsExactly(
            entry("categories.csv", 3),
            entry("projects.csv", 3),
            entry("backers.csv", 2),
            entry("project_backers.csv", 2),
            entry("links.csv", 3),
            entry("relations.csv", 2));
    Project duckdb = result.sheets().projects().get(0);
    assertThat(duckdb.categories()).containsExactly("analytical", "databases");
    assertThat(duckdb.description())
        .isEqualTo(
            "An in-process SQL OLAP database.\n\nFast *and* [embedded](https://duckdb.org/why_duckdb).");
    assertThat(duckdb.origin()).isEqualTo(new Origin("projects.csv", 2));
    assertThat(result.sheets().projects().get(1).source()).isEqualTo("auto");
    assertThat(result.sheets().projects().get(2).homepage()).isNull();
  }

  @Test
  void trailingEmptyRowsAreIgnoredSilently() {
    ValidationResult result =
        SheetsValidator.validate(
            SheetsFixture.clean()
                .with("categories.csv", SheetsFixture.CATEGORIES + ",,,\n,,,\n\n")
                .with("relations.csv", SheetsFixture.RELATIONS + "\n\n")
                .writeTo(dir));

    assertThat(result.problems()).isEmpty();
    assertThat(result.sheets().categories()).hasSize(3);
  }

  @Test
  void warningsAreCleanedUpAndDoNotStopALoad() {
    ValidationResult result =
        SheetsValidator.validate(
            SheetsFixture.clean()
                .with(
                    "backers.csv",
                    "\uFEFF id ,name,kind,url,description,notes\n"
                        + "apache , Apache Software Foundation,foundation, https://www.apache.org ,,x\n"
                        + "\n"
                        + "duckdb-labs,DuckDB Labs,company,,,\n")
                .writeTo(dir));

    assertThat(result.hasErrors()).isFalse();
    assertThat(result.warningCount()).isEqualTo(7);
    assertThat(result.summary()).isEqualTo("0 errors, 7 warnings in 6 files");
    assertThat(result.sheets().backers())
        .extracting(Backer::id, Backer::name, Backer::url)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "apache", "Apache Software Foundation", "https://www.apache.org"),
            org.assertj.core.groups.Tuple.tuple("duckdb-labs", "DuckDB Labs", null));
  }

  @Test
  void backerDomainsComeFromTheColumnElseFromTheUrl() {
    ValidationResult result =
        SheetsValidator.validate(
            SheetsFixture.clean()
                .with(
                    "backers.csv",
                    "id,name,kind,url,description,domains\n"
                        + "apache,Apache Software Foundation,foundation,https://www.apache.org,,\n"
                        + "duckdb-labs,DuckDB Labs,company,https://duckdblabs.com,,"
                        + " DuckDBLabs.com ; duckdb.org\n"
                        + "oxford,Oxford,university,https://www.ox.ac.uk/research,,\n"
                        + "nobody,Nobody,person,,,\n")
                .writeTo(dir));

    assertThat(result.sheets().backers())
        .extracting(Backer::id, Backer::domains)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("apache", List.of("apache.org")),
            org.assertj.core.groups.Tuple.tuple(
                "duckdb-labs", List.of("duckdblabs.com", "duckdb.org")),
            org.assertj.core.groups.Tuple.tuple("oxford", List.of("ox.ac.uk")),
            org.assertj.core.groups.Tuple.tuple("nobody", List.of()));
  }

  @Test
  void aBackerDomainThatIsNotOneIsReportedWithItsLine() {
    ValidationResult result =
        SheetsValidator.validate(
            SheetsFixture.clean()
                .with(
                    "backers.csv",
                    "id,name,kind,url,description,domains\n"
                        + "apache,Apache Software Foundation,foundation,,,people@apache.org\n")
                .writeTo(dir));

    assertThat(result.problems())
        .extracting(Problem::format)
        .anySatisfy(
            p ->
                assertThat(p)
                    .startsWith("backers.csv:2: domains:")
                    .contains("`people@apache.org` is not an e-mail domain"));
  }

  @Test
  void reportsEveryProblemOfEveryFileSortedByFileThenLine() {
    ValidationResult result =
        SheetsValidator.validate(
            SheetsFixture.clean()
                .with(
                    "relations.csv", "from,to,kind\nduckdb,duckdb,fork_of\nduckdb,kafka,fork-of\n")
                .with("categories.csv", SheetsFixture.CATEGORIES.replace("workflow,", "Workflow,"))
                .with("backers.csv", SheetsFixture.BACKERS.replace("company", "firm"))
                .writeTo(dir));

    assertThat(result.problems().stream().map(Problem::format).toList())
        .containsExactly(
            "backers.csv:2: kind: error: unknown kind `firm`; allowed: company, foundation,"
                + " university, community, person",
            "categories.csv:6: id: error: `Workflow` is not a valid id (ids are lowercase"
                + " letters, digits and '-', e.g. `workflow`)",
            "projects.csv:5: categories: error: unknown category `workflow` (did you mean"
                + " `Workflow`?)",
            "relations.csv:2: kind: error: unknown kind `fork_of`; allowed: depends-on, fork-of,"
                + " successor-of, alternative-to, integrates-with (did you mean `fork-of`?)",
            "relations.csv:2: to: error: `duckdb` is related to itself",
            "relations.csv:3: to: error: unknown project `kafka` (no such id in projects.csv)");
    assertThat(result.summary()).isEqualTo("6 errors, 0 warnings in 6 files");
  }

  @Test
  void lineNumbersHoldWithWindowsLineEndings() {
    String crlf =
        SheetsFixture.PROJECTS
            .replace("\n", "\r\n")
            .replace("javascript", "")
            .replace("https://airflow.apache.org,", "ftp://airflow.apache.org,");
    ValidationResult result =
        SheetsValidator.validate(SheetsFixture.clean().with("projects.csv", crlf).writeTo(dir));

    assertThat(result.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.line()).isEqualTo(5);
              assertThat(p.message()).contains("the scheme `ftp:` is not allowed");
            });
  }

  @Test
  void reportsTextThatIsNotUtf8(@TempDir Path other) throws IOException {
    Path sheets = SheetsFixture.clean().writeTo(other);
    Files.write(
        sheets.resolve("backers.csv"),
        SheetsFixture.BACKERS.replace("Amsterdam", "Zürich").getBytes(StandardCharsets.ISO_8859_1));

    ValidationResult result = SheetsValidator.validate(sheets);

    assertThat(result.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.format()).startsWith("backers.csv:3: *: error: text that is not UTF-8");
            });
  }

  @Test
  void aMissingFileDoesNotMakeEveryReferenceUnknown() {
    ValidationResult result =
        SheetsValidator.validate(SheetsFixture.clean().without("backers.csv").writeTo(dir));

    assertThat(result.problems())
        .extracting(Problem::format)
        .containsExactly(
            "backers.csv:0: *: error: missing file (export the sheet's tab as"
                + " backers.csv into "
                + dir
                + ")");
  }

  @Test
  void aMissingSheetsFolderIsAnInputError() {
    assertThatThrownBy(() -> SheetsValidator.validate(dir.resolve("nowhere")))
        .isInstanceOf(AtlasException.class)
        .hasMessageContaining("no sheets folder at")
        .satisfies(e -> assertThat(((AtlasException) e).exitCode()).isEqualTo(65));
  }

  @Test
  void acceptsEveryDocumentedRepositoryForm() {
    assertThat(
            List.of(
                "https://github.com/duckdb/duckdb",
                "https://github.com/duckdb/duckdb.git",
                "https://gitlab.com/group/sub/project.git",
                "ssh://git@example.org:2222/srv/repo.git",
                "git@github.com:duckdb/duckdb.git",
                "file:///tmp/repos/demo"))
        .allSatisfy(url -> assertThat(RepositoryUrl.problem(url)).as(url).isNull());
    assertThat(RepositoryUrl.parse("https://github.com/duckdb/duckdb.git").orElseThrow())
        .isEqualTo(new RepositoryUrl("https://github.com/duckdb/duckdb.git", "duckdb", "duckdb"));
    assertThat(RepositoryUrl.parse("git@github.com:duckdb/duckdb.git").orElseThrow().isGitHub())
        .isFalse();
    assertThat(RepositoryUrl.problem("http://example.org/repo.git")).contains("use https://");
  }

  private static UnaryOperator<SheetsFixture> edit(
      String file, String clean, String from, String to) {
    if (!clean.contains(from)) {
      throw new IllegalArgumentException(file + " has no `" + from + "`");
    }
    return s ->
        s.with(
            file,
            clean.replaceFirst(
                java.util.regex.Pattern.quote(from), java.util.regex.Matcher.quoteReplacement(to)));
  }

  private static java.util.Map.Entry<String, Long> entry(String file, long rows) {
    return java.util.Map.entry(file, rows);
  }
}
