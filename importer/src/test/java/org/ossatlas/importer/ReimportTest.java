package org.ossatlas.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ossatlas.importer.LandscapeImportTest.byId;
import static org.ossatlas.importer.LandscapeImportTest.fixture;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ossatlas.graph.sheets.Sheet;

/**
 * Importing a newer landscape into sheets that curators have edited since the first import: their
 * edits survive, upstream changes to untouched values come in, new items are added, items gone
 * upstream are listed and kept.
 */
class ReimportTest {
  private static final SheetImport.Foundation LF_AI =
      new SheetImport.Foundation("LF AI & Data", "https://lfaidata.foundation/");

  @TempDir Path tmp;

  @Test
  void curatedEditsSurviveAReimport() throws IOException {
    Path v1 = fixture(tmp, "lfai-landscape.yml");
    Path sheets = tmp.resolve("sheets");
    SheetImport.run(SheetImport.Format.LANDSCAPE, v1, sheets, LF_AI);

    // The curators write a description, fix a homepage and drop a project they do not want.
    edit(sheets.resolve("projects.csv"), "https://www.h2o.ai/,", "https://h2o.ai/,Curated text.");
    Path projectsCsv = sheets.resolve("projects.csv");
    String csv = Files.readString(projectsCsv, StandardCharsets.UTF_8);
    Files.writeString(
        projectsCsv,
        csv.replaceAll("(?m)^euler,.*\\n", "")
            .replace(
                "https://github.com/mlflow/mlflow,platform,https://mlflow.org/,",
                "https://github.com/mlflow/mlflow,platform,https://mlflow.org/,Tracks **experiments**."),
        StandardCharsets.UTF_8);
    Files.writeString(
        sheets.resolve("project_backers.csv"),
        Files.readString(sheets.resolve("project_backers.csv")).replaceAll("(?m)^euler,.*\\n", ""));

    // Upstream, later: H2O and MLflow get new homepages, Seldon is gone, a new item comes in.
    String v2Text =
        Files.readString(v1, StandardCharsets.UTF_8)
            .replace("homepage_url: https://www.h2o.ai/", "homepage_url: https://h2o.ai/platform/")
            .replace("homepage_url: https://mlflow.org/", "homepage_url: https://mlflow.org/docs/")
            .replace(
                """
                          - item:
                            name: Seldon
                            homepage_url: https://www.seldon.io/
                            repo_url: https://github.com/SeldonIO/seldon-core
                            logo: seldon.svg
                            crunchbase: https://www.crunchbase.com/organization/seldon
                """
                    .indent(0)
                    .replaceAll("(?m)^", "")
                    .replace("\n", "\n"),
                "")
            .replace(
                "      - subcategory:\n        name: Library\n        items:\n",
                "      - subcategory:\n        name: Library\n        items:\n"
                    + "          - item:\n"
                    + "            name: Feast\n"
                    + "            homepage_url: https://feast.dev/\n"
                    + "            repo_url: https://github.com/feast-dev/feast\n"
                    + "            crunchbase: https://www.crunchbase.com/organization/tecton\n");
    assertThat(v2Text).doesNotContain("name: Seldon\n").contains("name: Feast");
    Path v2 = tmp.resolve("landscape-v2.yml");
    Files.writeString(v2, v2Text, StandardCharsets.UTF_8);

    SheetImport.Result result = SheetImport.run(SheetImport.Format.LANDSCAPE, v2, sheets, LF_AI);

    assertThat(result.validation().problems()).isEmpty();
    Map<String, Map<String, String>> projects = byId(SheetSet.read(sheets), Sheet.PROJECTS);
    // The curated homepage and description of H2O stay; upstream's change is reported.
    assertThat(projects.get("h2o-ai"))
        .containsEntry("homepage", "https://h2o.ai/")
        .containsEntry("description", "Curated text.");
    assertThat(result.summary().conflicts())
        .anySatisfy(
            c ->
                assertThat(c)
                    .contains("h2o-ai")
                    .contains("homepage")
                    .contains("kept `https://h2o.ai/`")
                    .contains("https://h2o.ai/platform/"));
    // MLflow's homepage was not edited: upstream's new one comes in; its curated text stays.
    assertThat(projects.get("mlflow"))
        .containsEntry("homepage", "https://mlflow.org/docs/")
        .containsEntry("description", "Tracks **experiments**.");
    assertThat(result.summary().updated()).anySatisfy(u -> assertThat(u).contains("mlflow"));
    // Seldon is gone upstream: listed, not deleted.
    assertThat(projects).containsKey("seldon");
    assertThat(result.summary().removedUpstream())
        .anySatisfy(r -> assertThat(r).contains("seldon"));
    // The curators removed euler: it stays removed.
    assertThat(projects).doesNotContainKey("euler");
    assertThat(result.summary().keptRemoved()).anySatisfy(r -> assertThat(r).contains("euler"));
    // Feast is new; every id that existed before is unchanged.
    assertThat(projects).containsKey("feast");
    assertThat(result.summary().added(Sheet.PROJECTS)).containsExactly("feast (Feast)");
    assertThat(projects.get("ray")).containsEntry("repo", "https://github.com/ray-project/ray");
  }

  @Test
  void mergedSheetsThatDoNotValidateLeaveTheFolderUntouched() throws IOException {
    Path sheets = tmp.resolve("sheets");
    Files.createDirectories(sheets);
    // A curated project pointing at a category that does not exist: the merged sheets cannot be
    // valid, so nothing may be written.
    Files.writeString(
        sheets.resolve("projects.csv"),
        "id,name,repo,categories,homepage,description\n"
            + "duckdb,DuckDB,https://github.com/duckdb/duckdb,no-such-category,,\n");
    Files.writeString(sheets.resolve("README.md"), "notes\n");
    byte[] before = Files.readAllBytes(sheets.resolve("projects.csv"));

    SheetImport.Result result =
        SheetImport.run(
            SheetImport.Format.LANDSCAPE, fixture(tmp, "lfai-landscape.yml"), sheets, LF_AI);

    assertThat(result.written()).isFalse();
    assertThat(result.validation().hasErrors()).isTrue();
    assertThat(Files.readAllBytes(sheets.resolve("projects.csv"))).isEqualTo(before);
    try (var files = Files.list(sheets)) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .containsExactlyInAnyOrder("projects.csv", "README.md");
    }
    try (var siblings = Files.list(tmp)) {
      assertThat(siblings.map(p -> p.getFileName().toString()))
          .noneMatch(n -> n.startsWith(".sheets"));
    }
  }

  private static void edit(Path file, String from, String to) throws IOException {
    String text = Files.readString(file, StandardCharsets.UTF_8);
    assertThat(text).contains(from);
    Files.writeString(file, text.replace(from, to), StandardCharsets.UTF_8);
  }
}
