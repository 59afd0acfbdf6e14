package org.ossatlas.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ossatlas.common.ExitCode;
import org.ossatlas.common.RunLog;
import org.ossatlas.common.Workspace;
import org.ossatlas.graph.GraphConnection;
import org.ossatlas.graph.testing.SharedTestGraph;
import org.ossatlas.graph.testing.SheetsFixture;

/** {@code ossatlas render} on a graph loaded from the sheets fixture (no metrics computed). */
class RenderCommandTest {
  @TempDir Path dir;
  GraphConnection graph;

  @BeforeEach
  void setUp() {
    graph = SharedTestGraph.emptied();
    SheetsFixture.clean().writeTo(dir.resolve("sheets"));
    assertThat(run("load").exitCode()).isZero();
  }

  @Test
  void rendersWithTheBaseUrlPrintsTheSummaryAndRecordsTheRun() throws IOException {
    CommandRun run = run("render", "--base-url", "https://atlas.example.org/sub");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out())
        .containsPattern(
            "render: \\d+ pages, \\d+ files into .* pages/s; model [0-9.]+ s, pages [0-9.]+ s, checks [0-9.]+ s, publish [0-9.]+ s\\)");
    assertThat(run.err()).contains("warning: no computed metrics in the graph");
    String home = Files.readString(dir.resolve("out/index.html"), StandardCharsets.UTF_8);
    assertThat(home).contains("<link rel=\"canonical\" href=\"https://atlas.example.org/sub/\">");
    assertThat(new RunLog(workspace()).read())
        .last()
        .satisfies(
            r -> {
              assertThat(r.stage()).isEqualTo("render");
              assertThat(r.succeeded()).isTrue();
              assertThat(r.out()).containsKey("pages");
            });
  }

  @Test
  void aTemplateOverrideWinsOverTheBuiltInOne() throws IOException {
    Path templates = dir.resolve("my-templates");
    Files.createDirectories(templates.resolve("pages"));
    Files.copy(
        RenderCommandTest.class.getResourceAsStream("/templates/pages/404.ftlh"),
        templates.resolve("pages/404.ftlh"));
    Path page = templates.resolve("pages/404.ftlh");
    Files.writeString(
        page, Files.readString(page).replace("Page not found</h1>", "Lost in the atlas</h1>"));

    CommandRun run = run("render", "--templates", templates.toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(dir.resolve("out/404.html")).content().contains("Lost in the atlas");
  }

  @Test
  void aBadBaseUrlIsAUsageErrorAndIsNotRecordedAsARender() {
    CommandRun run = run("render", "--base-url", "ftp://example.org/");

    assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(run.err()).contains("--base-url must be an http(s) URL");
    assertThat(dir.resolve("out")).doesNotExist();
  }

  @Test
  void siteAndAnalyzeShareTheOptionsDeclaredOnce() {
    assertThat(CommandRun.of("site", "--help").out())
        .contains("--as-of=YYYY-MM")
        .contains("--base-url=URL")
        .contains("--templates=DIR");
    assertThat(CommandRun.of("analyze", "--help").out()).contains("--as-of=YYYY-MM");
    assertThat(CommandRun.of("render", "--help").out()).doesNotContain("--as-of");
  }

  private CommandRun run(String... args) {
    String[] all = new String[args.length + 8];
    System.arraycopy(args, 0, all, 0, args.length);
    System.arraycopy(
        new String[] {
          "--sheets",
          dir.resolve("sheets").toString(),
          "--data",
          dir.resolve("data").toString(),
          "--out",
          dir.resolve("out").toString(),
          "--neo4j-uri",
          graph.boltUri()
        },
        0,
        all,
        args.length,
        8);
    return CommandRun.of(all);
  }

  private Workspace workspace() {
    return new Workspace(dir.resolve("sheets"), dir.resolve("data"), dir.resolve("out"));
  }
}
