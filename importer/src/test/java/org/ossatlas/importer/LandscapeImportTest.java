package org.ossatlas.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ossatlas.graph.sheets.Sheet;

/** Imports an excerpt of the real LF AI & Data landscape.yml and checks the sheets it makes. */
class LandscapeImportTest {
  private static final SheetImport.Foundation LF_AI =
      new SheetImport.Foundation("LF AI & Data", "https://lfaidata.foundation/");

  @TempDir Path tmp;

  static Path fixture(Path dir, String name) throws IOException {
    Path file = dir.resolve(name);
    try (InputStream in = LandscapeImportTest.class.getResourceAsStream(name)) {
      Files.copy(in, file);
    }
    return file;
  }

  private SheetImport.Result importLandscape(Path file, Path sheets) {
    return SheetImport.run(SheetImport.Format.LANDSCAPE, file, sheets, LF_AI);
  }

  @Test
  void theRealLandscapeImportsIntoSheetsThatValidateClean() throws IOException {
    Path file = fixture(tmp, "lfai-landscape.yml");
    Path sheets = tmp.resolve("sheets");

    SheetImport.Result result = importLandscape(file, sheets);

    assertThat(result.validation().problems()).isEmpty();
    assertThat(result.written()).isTrue();
    SheetSet written = SheetSet.read(sheets);
    List<Map<String, String>> projects = written.get(Sheet.PROJECTS).rows();
    // Every item with a repository is a project: 88 items in the excerpt have a repo_url, one of
    // them (OAAX) points at an organization, not a repository.
    long itemsWithRepo =
        Files.readAllLines(file).stream().filter(l -> l.strip().startsWith("repo_url:")).count();
    assertThat(projects).hasSize((int) itemsWithRepo - 1);
    assertThat(result.summary().skipped())
        .anySatisfy(s -> assertThat(s).startsWith("OAAX").contains("not a repository"))
        .anySatisfy(s -> assertThat(s).startsWith("Amazon (hosting)").contains("no `repo_url`"));
  }

  @Test
  void repeatedSubcategoryNamesAreQualifiedAndSelfNamedOnesCollapse() throws IOException {
    Path sheets = tmp.resolve("sheets");
    importLandscape(fixture(tmp, "lfai-landscape.yml"), sheets);

    Map<String, Map<String, String>> categories = byId(SheetSet.read(sheets), Sheet.CATEGORIES);
    assertThat(categories.get("framework-machine-learning"))
        .containsEntry("name", "Framework (Machine Learning)")
        .containsEntry("parent", "machine-learning");
    assertThat(categories.get("framework-deep-learning"))
        .containsEntry("name", "Framework (Deep Learning)")
        .containsEntry("parent", "deep-learning");
    assertThat(categories.get("platform")).containsEntry("name", "Platform");
    assertThat(categories.get("notebook-environment")).containsEntry("parent", "");
    assertThat(categories).doesNotContainKey("notebook-environment-2");
    Map<String, Map<String, String>> projects = byId(SheetSet.read(sheets), Sheet.PROJECTS);
    assertThat(projects.get("apache-zeppelin")).containsEntry("categories", "notebook-environment");
  }

  @Test
  void backersStewardsAndCommunityLinks() throws IOException {
    Path sheets = tmp.resolve("sheets");
    importLandscape(fixture(tmp, "lfai-landscape.yml"), sheets);
    SheetSet set = SheetSet.read(sheets);

    Map<String, Map<String, String>> backers = byId(set, Sheet.BACKERS);
    assertThat(backers.get("lf-ai-and-data"))
        .containsEntry("kind", "foundation")
        .containsEntry("url", "https://lfaidata.foundation/");
    assertThat(backers.get("microsoft")).containsEntry("kind", "company");
    assertThat(backers.get("university-of-california-berkeley"))
        .containsEntry("name", "University of California Berkeley")
        .containsEntry("kind", "university");
    // Crunchbase's disambiguating suffix is not part of the name (h2o-2 → H2o).
    assertThat(backers.get("h2o")).containsEntry("name", "H2o");
    // A foundation project's Crunchbase entry is the foundation: no second foundation backer.
    assertThat(backers).doesNotContainKey("lf-artificial-intelligence-foundation");

    List<Map<String, String>> roles = set.get(Sheet.PROJECT_BACKERS).rows();
    assertThat(roles)
        .contains(Map.of("project", "angel-ml", "backer", "lf-ai-and-data", "role", "steward"))
        .contains(
            Map.of(
                "project", "ray", "backer", "university-of-california-berkeley", "role", "creator"))
        .noneMatch(r -> r.get("project").equals("ray") && r.get("role").equals("steward"));
    assertThat(set.get(Sheet.LINKS).rows())
        .contains(
            Map.of(
                "project", "mahout",
                "kind", "community",
                "url", "https://twitter.com/ApacheMahout",
                "title", "Twitter"));
  }

  @Test
  void anItemInTwoSubcategoriesIsOneProjectInBoth() throws IOException {
    Path file = tmp.resolve("landscape.yml");
    Files.writeString(
        file,
        """
        landscape:
          - category:
            name: Data
            subcategories:
              - subcategory:
                name: Lakehouse
                items:
                  - item:
                    name: Delta Lake
                    homepage_url: https://delta.io/
                    repo_url: https://github.com/delta-io/delta
                    second_path:
                      - Data / Table Format
              - subcategory:
                name: Table Format
                items:
                  - item:
                    name: Apache Iceberg
                    homepage_url: https://iceberg.apache.org/
                    repo_url: https://github.com/apache/iceberg/
                  - item:
                    name: Iceberg (again)
                    repo_url: https://github.com/Apache/Iceberg
          - category:
            name: Graph
            subcategories:
              - subcategory:
                name: Table Format
                items: []
        """);
    Path sheets = tmp.resolve("sheets");

    SheetImport.Result result = importLandscape(file, sheets);

    assertThat(result.validation().problems()).isEmpty();
    Map<String, Map<String, String>> projects = byId(SheetSet.read(sheets), Sheet.PROJECTS);
    assertThat(projects).containsOnlyKeys("delta-lake", "apache-iceberg");
    assertThat(projects.get("delta-lake"))
        .containsEntry("categories", "lakehouse;table-format-data");
    assertThat(projects.get("apache-iceberg"))
        .containsEntry("repo", "https://github.com/apache/iceberg");
    assertThat(result.summary().lines()).anyMatch(l -> l.contains("merged into one project"));
  }

  @Test
  void theSameFileGivesTheSameBytesAndASecondImportChangesNothing() throws IOException {
    Path file = fixture(tmp, "lfai-landscape.yml");
    Path first = tmp.resolve("first");
    Path second = tmp.resolve("second");
    importLandscape(file, first);
    importLandscape(file, second);
    for (Sheet sheet : Sheet.values()) {
      assertThat(first.resolve(sheet.file())).hasSameBinaryContentAs(second.resolve(sheet.file()));
    }
    String before = Files.readString(first.resolve("projects.csv"), StandardCharsets.UTF_8);

    SheetImport.Result again = importLandscape(file, first);

    for (Sheet sheet : Sheet.values()) {
      assertThat(again.summary().addedCount(sheet)).isZero();
    }
    assertThat(again.summary().updated()).isEmpty();
    assertThat(again.summary().conflicts()).isEmpty();
    assertThat(Files.readString(first.resolve("projects.csv"), StandardCharsets.UTF_8))
        .isEqualTo(before);
  }

  static Map<String, Map<String, String>> byId(SheetSet set, Sheet sheet) {
    Map<String, Map<String, String>> rows = new java.util.LinkedHashMap<>();
    set.get(sheet).rows().forEach(r -> rows.put(r.get("id"), r));
    return rows;
  }
}
