package org.ossatlas.importer;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ossatlas.common.AtlasException;
import org.ossatlas.common.ExitCode;
import org.ossatlas.graph.sheets.Sheet;

/**
 * {@code sheets pull} against a local server that answers as Google's published CSV links do (a
 * redirect, then CSV with CRLF line ends): the diff, and the folder replaced only when valid.
 */
class SheetsPullTest {
  private static final String CATEGORIES = "id,name,parent,description\nml,Machine Learning,,\n";
  private static final String PROJECTS =
      "id,name,repo,categories,homepage,description\n"
          + "ray,Ray,https://github.com/ray-project/ray,ml,,\n"
          + "xgboost,XGBoost,https://github.com/dmlc/xgboost,ml,,\n";

  @TempDir Path tmp;
  private WireMockServer google;
  private Path sheets;

  @BeforeEach
  void start() throws IOException {
    google = new WireMockServer(WireMockConfiguration.options().dynamicPort());
    google.start();
    sheets = tmp.resolve("curated-sheets");
    Files.createDirectories(sheets);
    Files.writeString(sheets.resolve("categories.csv"), CATEGORIES);
    Files.writeString(sheets.resolve("projects.csv"), PROJECTS);
    Files.writeString(sheets.resolve("README.md"), "how to export\n");
    for (Sheet sheet :
        List.of(Sheet.BACKERS, Sheet.PROJECT_BACKERS, Sheet.LINKS, Sheet.RELATIONS)) {
      Files.writeString(sheets.resolve(sheet.file()), String.join(",", sheet.columns()) + "\n");
    }
  }

  @AfterEach
  void stop() {
    google.stop();
  }

  private URI tab(String gid, int status, String contentType, String body) {
    String published = "/spreadsheets/d/e/2PACX-x/pub?gid=" + gid + "&single=true&output=csv";
    String content = "/pub/" + gid + ".csv";
    google.stubFor(
        get(urlEqualTo(published))
            .willReturn(aResponse().withStatus(307).withHeader("Location", content)));
    google.stubFor(
        get(urlEqualTo(content))
            .willReturn(
                aResponse()
                    .withStatus(status)
                    .withHeader("Content-Type", contentType)
                    .withBody(body.replace("\n", "\r\n"))));
    return URI.create("http://localhost:" + google.port() + published);
  }

  @Test
  void validTabsReplaceTheSheetsAndTheDiffSaysWhatChanged() throws IOException {
    Map<Sheet, URI> urls = new EnumMap<>(Sheet.class);
    urls.put(Sheet.CATEGORIES, tab("0", 200, "text/csv", CATEGORIES));
    urls.put(
        Sheet.PROJECTS,
        tab(
            "1",
            200,
            "text/csv; charset=utf-8",
            "id,name,repo,categories,homepage,description\n"
                + "ray,Ray,https://github.com/ray-project/ray,ml,https://www.ray.io/,\n"
                + "duckdb,DuckDB,https://github.com/duckdb/duckdb,ml,,\n"));

    SheetsPull.Result result = new SheetsPull().pull(urls, sheets);

    assertThat(result.validation().problems()).isEmpty();
    assertThat(result.written()).isTrue();
    assertThat(result.diff().get(Sheet.PROJECTS).lines(Sheet.PROJECTS))
        .containsExactly(
            "projects.csv: +1 -1 ~1", "  + duckdb", "  - xgboost", "  ~ ray: homepage");
    assertThat(result.diff().get(Sheet.CATEGORIES).lines(Sheet.CATEGORIES))
        .containsExactly("categories.csv: +0 -0 ~0 (unchanged)");
    assertThat(Files.readString(sheets.resolve("projects.csv")))
        .doesNotContain("\r")
        .contains("duckdb,DuckDB")
        .doesNotContain("xgboost");
    assertThat(sheets.resolve("README.md")).hasContent("how to export");
  }

  @Test
  void aTabThatDoesNotValidateLeavesTheSheetsUntouched() throws IOException {
    Map<Sheet, URI> urls = new EnumMap<>(Sheet.class);
    urls.put(Sheet.CATEGORIES, tab("0", 200, "text/csv", CATEGORIES));
    urls.put(
        Sheet.PROJECTS,
        tab(
            "1",
            200,
            "text/csv",
            "id,name,repo,categories,homepage,description\n"
                + "ray,Ray,https://github.com/ray-project/ray,no-such-category,,\n"));
    byte[] before = Files.readAllBytes(sheets.resolve("projects.csv"));

    SheetsPull.Result result = new SheetsPull().pull(urls, sheets);

    assertThat(result.written()).isFalse();
    assertThat(result.validation().problems())
        .anySatisfy(p -> assertThat(p.format()).contains("projects.csv:2: categories"));
    assertThat(Files.readAllBytes(sheets.resolve("projects.csv"))).isEqualTo(before);
    try (var siblings = Files.list(tmp)) {
      assertThat(siblings.map(p -> p.getFileName().toString())).containsExactly("curated-sheets");
    }
  }

  @Test
  void aWrongLinkOrAServerErrorChangesNothingAndSaysWhatToDo() throws IOException {
    byte[] before = Files.readAllBytes(sheets.resolve("projects.csv"));
    Map<Sheet, URI> notCsv = Map.of(Sheet.PROJECTS, tab("2", 200, "text/html", "<html>sign in"));
    assertThatThrownBy(() -> new SheetsPull().pull(notCsv, sheets))
        .isInstanceOf(AtlasException.class)
        .hasMessageContaining("not CSV")
        .satisfies(e -> assertThat(((AtlasException) e).exitCode()).isEqualTo(ExitCode.USAGE));
    Map<Sheet, URI> missing = Map.of(Sheet.PROJECTS, tab("3", 404, "text/plain", "no"));
    assertThatThrownBy(() -> new SheetsPull().pull(missing, sheets))
        .hasMessageContaining("HTTP 404")
        .satisfies(e -> assertThat(((AtlasException) e).exitCode()).isEqualTo(ExitCode.USAGE));
    Map<Sheet, URI> down = Map.of(Sheet.PROJECTS, tab("4", 503, "text/plain", "later"));
    assertThatThrownBy(() -> new SheetsPull().pull(down, sheets))
        .hasMessageContaining("try again later")
        .satisfies(e -> assertThat(((AtlasException) e).exitCode()).isEqualTo(ExitCode.TEMP_FAIL));
    assertThat(Files.readAllBytes(sheets.resolve("projects.csv"))).isEqualTo(before);
  }
}
