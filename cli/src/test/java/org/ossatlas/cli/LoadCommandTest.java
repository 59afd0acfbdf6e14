package org.ossatlas.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ossatlas.common.RunLog;
import org.ossatlas.common.StageReport;
import org.ossatlas.common.Workspace;
import org.ossatlas.graph.GraphConnection;
import org.ossatlas.graph.testing.GraphDump;
import org.ossatlas.graph.testing.SharedTestGraph;
import org.ossatlas.graph.testing.SheetsFixture;

/** {@code ossatlas load} against the shared test graph, reached by its Bolt URI. */
class LoadCommandTest {
  @TempDir Path dir;
  GraphConnection graph;
  Path data;

  @BeforeEach
  void setUp() {
    graph = SharedTestGraph.emptied();
    data = dir.resolve("data");
  }

  @Test
  void loadsCleanSheetsPrintsTheSummaryAndRecordsTheRun() {
    CommandRun run = load(SheetsFixture.clean().writeTo(dir.resolve("sheets")));

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(run.out())
        .contains("11 nodes, 12 relationships, 23 changes.")
        .containsPattern("Project +3 +0 +0 +0")
        .containsPattern("IN_CATEGORY +4 +0 +0 +0");
    assertThat(Files.exists(data.resolve("stamps/graph.loaded"))).isTrue();
    List<StageReport> reports = new RunLog(workspace()).read();
    assertThat(reports)
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.stage()).isEqualTo("load");
              assertThat(r.succeeded()).isTrue();
              assertThat(r.in())
                  .containsEntry("projects.csv", 3L)
                  .containsEntry("relations.csv", 2L);
              assertThat(r.out()).containsEntry("nodes", 11L).containsEntry("relationships", 12L);
            });

    CommandRun again = load(dir.resolve("sheets"));
    assertThat(again.exitCode()).isZero();
    assertThat(again.out()).contains("nothing changed").containsPattern("Project +0 +0 +0 +3");
  }

  @Test
  void invalidSheetsExit65AndLeaveTheGraphUntouched() throws java.io.IOException {
    assertThat(load(SheetsFixture.clean().writeTo(dir.resolve("sheets"))).exitCode()).isZero();
    List<String> before = GraphDump.of(graph);
    Files.deleteIfExists(data.resolve("stamps/graph.loaded"));

    CommandRun run =
        load(
            SheetsFixture.clean()
                .with("projects.csv", SheetsFixture.PROJECTS.replace(",workflow,", ",workflows,"))
                .without("relations.csv")
                .writeTo(dir.resolve("sheets")));

    assertThat(run.exitCode()).isEqualTo(65);
    assertThat(run.out()).isEmpty();
    assertThat(run.err().lines())
        .containsExactly(
            "projects.csv:5: categories: error: unknown category `workflows` (did you mean"
                + " `workflow`?)",
            "relations.csv:0: *: error: missing file (export the sheet's tab as relations.csv"
                + " into "
                + dir.resolve("sheets")
                + ")",
            "2 errors, 0 warnings in 6 files",
            "ossatlas: the sheets have errors; the graph was not changed");
    assertThat(GraphDump.of(graph)).isEqualTo(before);
    assertThat(Files.exists(data.resolve("stamps/graph.loaded"))).isFalse();
    assertThat(new RunLog(workspace()).read())
        .last()
        .satisfies(r -> assertThat(r.succeeded()).isFalse());
  }

  @Test
  void invalidSheetsDoNotEvenOpenTheEmbeddedGraph() {
    Path sheets = SheetsFixture.clean().without("projects.csv").writeTo(dir.resolve("sheets"));

    CommandRun run =
        CommandRun.of("load", "--sheets", sheets.toString(), "--data", data.toString());

    assertThat(run.exitCode()).isEqualTo(65);
    assertThat(Files.exists(data.resolve("graph"))).isFalse();
  }

  private CommandRun load(Path sheets) {
    return CommandRun.of(
        "load",
        "--sheets",
        sheets.toString(),
        "--data",
        data.toString(),
        "--neo4j-uri",
        graph.boltUri());
  }

  private Workspace workspace() {
    return new Workspace(dir.resolve("sheets"), data, dir.resolve("out"));
  }
}
