package org.ossatlas.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ossatlas.importer.LandscapeImportTest.byId;
import static org.ossatlas.importer.LandscapeImportTest.fixture;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ossatlas.graph.sheets.Sheet;

/** Imports an excerpt of the real best-of-ml-python projects.yaml. */
class BestOfImportTest {
  @TempDir Path tmp;

  private static SheetImport.Result importBestOf(Path file, Path sheets) {
    return SheetImport.run(SheetImport.Format.BEST_OF, file, sheets, null);
  }

  @Test
  void theRealListImportsIntoSheetsThatValidateClean() throws IOException {
    Path file = fixture(tmp, "best-of-ml-python.yaml");
    Path sheets = tmp.resolve("sheets");

    SheetImport.Result result = importBestOf(file, sheets);

    assertThat(result.validation().problems()).isEmpty();
    assertThat(result.written()).isTrue();
    SheetSet set = SheetSet.read(sheets);
    Map<String, Map<String, String>> projects = byId(set, Sheet.PROJECTS);
    // 191 entries: two resources (links to other lists) are skipped, torchrec is listed twice.
    long entries = Files.readAllLines(file).stream().filter(l -> l.startsWith("  - name:")).count();
    assertThat(projects).hasSize((int) entries - 2 - 1);
    assertThat(projects.get("tensorflow"))
        .containsEntry("repo", "https://github.com/tensorflow/tensorflow")
        .containsEntry("categories", "ml-frameworks");
    assertThat(projects.get("pyspark")).containsEntry("description", "Apache Spark Python API.");
    assertThat(projects.get("uber-orbit")).containsEntry("name", "uber/orbit");
    // No category given: best-of's "others".
    assertThat(projects.get("anomalib")).containsEntry("categories", "others");
    Map<String, Map<String, String>> categories = byId(set, Sheet.CATEGORIES);
    assertThat(categories.get("ml-frameworks"))
        .containsEntry("name", "Machine Learning Frameworks")
        .containsEntry(
            "description", "General-purpose machine learning and deep learning frameworks.");
    assertThat(categories.get("others")).containsEntry("name", "Others");
    assertThat(categories).doesNotContainKey("chinese-nlp");
    assertThat(set.get(Sheet.LINKS).rows())
        .contains(
            Map.of(
                "project", "keras",
                "kind", "docs",
                "url", "https://keras.io",
                "title", "Documentation"));
    assertThat(result.summary().skipped())
        .anySatisfy(
            s -> assertThat(s).startsWith("best-of-python - Data Containers").contains("resource"));
    assertThat(result.summary().lines())
        .anyMatch(l -> l.contains("`torchrec` lists the same repository"));
  }

  @Test
  void sameNamesOfDifferentRepositoriesAreToldApartByOwner() throws IOException {
    Path file = tmp.resolve("projects.yaml");
    Files.writeString(
        file,
        """
        categories:
          - category: "nlp"
            title: "Text Data & NLP"
          - category: "chinese-nlp"
            title: "Chinese NLP"
            ignore: True
        projects:
          - name: Flair
            github_id: flairNLP/flair
            category: nlp
          - name: flair
            github_id: someone/flair
            category: nlp
          - name: jieba
            github_id: fxsjy/jieba
            category: chinese-nlp
          - name: no-repo
            pypi_id: no-repo
            category: nlp
          - name: Snorkel
            gitlab_id: snorkel-team/snorkel
            category: nlp
        """);
    Path sheets = tmp.resolve("sheets");

    SheetImport.Result result = importBestOf(file, sheets);

    assertThat(result.validation().problems()).isEmpty();
    Map<String, Map<String, String>> projects = byId(SheetSet.read(sheets), Sheet.PROJECTS);
    assertThat(projects).containsOnlyKeys("flair", "flair-someone", "snorkel");
    assertThat(projects.get("flair-someone")).containsEntry("name", "flair (someone)");
    assertThat(projects.get("snorkel"))
        .containsEntry("repo", "https://gitlab.com/snorkel-team/snorkel.git");
    assertThat(result.summary().skipped())
        .anySatisfy(s -> assertThat(s).startsWith("jieba").contains("ignore"))
        .anySatisfy(s -> assertThat(s).startsWith("no-repo").contains("no `github_id`"));
  }

  @Test
  void notYamlIsADataErrorWithTheLine() throws IOException {
    Path file = tmp.resolve("projects.yaml");
    Files.writeString(file, "projects:\n  - name: a\n   github_id: [unclosed\n");
    Path sheets = tmp.resolve("sheets");

    org.assertj.core.api.Assertions.assertThatThrownBy(() -> importBestOf(file, sheets))
        .isInstanceOf(ImportException.class)
        .hasMessageContaining("projects.yaml:")
        .hasMessageContaining("not valid YAML");
    assertThat(sheets).doesNotExist();
  }
}
