package org.ossatlas.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ossatlas.common.ExitCode;
import org.ossatlas.common.RunLog;
import org.ossatlas.common.StageRun;
import org.ossatlas.common.Workspace;
import org.ossatlas.graph.GraphConnection;
import org.ossatlas.graph.testing.SharedTestGraph;
import org.ossatlas.graph.testing.SheetsFixture;

/**
 * The stages of {@code make site} run as separate processes and check each other through the run
 * log: a count planted out of line between two stages fails the later stage.
 */
class StageReconciliationTest {
  @TempDir Path dir;
  GraphConnection graph;

  @BeforeEach
  void setUp() throws IOException {
    graph = SharedTestGraph.emptied();
    SheetsFixture.clean().writeTo(dir.resolve("sheets"));
    assertThat(run("load").exitCode()).isZero();
    CommitsFile.write(
        workspace().commits(),
        "duckdb,a1,k1,2024-01-10T10:00:00Z,k1,2024-01-10T10:00:00Z,10,2,1,false,false\n"
            + "duckdb,a2,k2,2024-02-10T10:00:00Z,k2,2024-02-10T10:00:00Z,5,1,1,false,false\n"
            + "airflow,b1,k1,2024-02-11T10:00:00Z,k1,2024-02-11T10:00:00Z,1,1,1,false,false\n");
  }

  @Test
  void analyzeReconcilesTheRowsItReadWithTheRowsCompactionWrote() {
    record("compact", "rows", 3);
    CommandRun agreeing = run("analyze", "--as-of", "2024-02");
    assertThat(agreeing.exitCode()).as(agreeing.err()).isZero();
    assertThat(agreeing.out())
        .contains("reconciled: compact rows written to commits.csv.gz = 3")
        .contains("analyze rows read from commits.csv.gz = 3");

    record("compact", "rows", 4); // the commit table lost a row after compaction
    CommandRun planted = run("analyze", "--as-of", "2024-02");
    assertThat(planted.exitCode()).isEqualTo(ExitCode.SOFTWARE);
    assertThat(planted.err())
        .contains("counts do not reconcile across stages")
        .contains("compact rows written to commits.csv.gz = 4")
        .contains("analyze rows read from commits.csv.gz = 3");
  }

  @Test
  void renderRefusesAGraphThatDisagreesWithTheLastAnalysisAndWritesNothing() {
    assertThat(run("analyze", "--as-of", "2024-02").exitCode()).isZero();
    CommandRun agreeing = run("render");
    assertThat(agreeing.exitCode()).as(agreeing.err()).isZero();
    assertThat(agreeing.out())
        .contains("reconciled: analyze commits analysed = 3")
        .contains("render commits on project pages = 3");

    record("analyze", "commits analysed", 7); // a later analysis the graph never received
    Path out = dir.resolve("out");
    CommandRun planted = run("render", "--out", dir.resolve("out2").toString());
    assertThat(planted.exitCode()).isEqualTo(ExitCode.SOFTWARE);
    assertThat(planted.err())
        .contains("analyze commits analysed = 7")
        .contains("graph commits + bot_commits of projects = 3");
    assertThat(dir.resolve("out2")).doesNotExist();
    assertThat(out.resolve("index.html")).exists();
  }

  private void record(String stage, String count, long value) {
    new RunLog(workspace()).append(StageRun.start(stage).out(count, value).finish(true));
  }

  private CommandRun run(String... args) {
    String[] common = {
      "--sheets", dir.resolve("sheets").toString(),
      "--data", dir.resolve("data").toString(),
      "--out", dir.resolve("out").toString(),
      "--neo4j-uri", graph.boltUri()
    };
    String[] all = new String[common.length + args.length];
    System.arraycopy(common, 0, all, 0, common.length);
    System.arraycopy(args, 0, all, common.length, args.length);
    return CommandRun.of(all);
  }

  private Workspace workspace() {
    return new Workspace(dir.resolve("sheets"), dir.resolve("data"), dir.resolve("out"));
  }
}
