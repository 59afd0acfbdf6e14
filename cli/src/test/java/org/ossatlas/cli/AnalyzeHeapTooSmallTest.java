package org.ossatlas.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ossatlas.common.ExitCode;
import org.ossatlas.common.RunLog;
import org.ossatlas.common.StageReport;
import org.ossatlas.common.Workspace;
import org.ossatlas.common.commits.CommitTableFormat;
import org.ossatlas.graph.GraphConnection;
import org.ossatlas.graph.testing.SharedTestGraph;
import org.ossatlas.graph.testing.SheetsFixture;

/**
 * A real {@code ossatlas analyze} process whose heap is too small for the commit table: it stops
 * with a message naming the heap it needs and {@code OSSATLAS_JAVA_OPTS}, exits 1, and leaves the
 * previous metrics, graph properties and site as they were.
 */
class AnalyzeHeapTooSmallTest {
  @TempDir Path dir;

  @Test
  void aHeapTooSmallStopsWithAdviceAndChangesNothing() throws Exception {
    GraphConnection graph = SharedTestGraph.emptied();
    SheetsFixture.clean().writeTo(dir.resolve("sheets"));
    assertThat(run(graph, "load").exitCode()).isZero();
    CommitsFile.write(
        workspace().commits(),
        "duckdb,a1,k1,2024-01-10T10:00:00Z,k1,2024-01-10T10:00:00Z,10,2,1,false,false\n"
            + "airflow,b1,k2,2024-02-11T10:00:00Z,k2,2024-02-11T10:00:00Z,1,1,1,false,false\n");
    CommandRun first = run(graph, "analyze", "--as-of", "2024-02");
    assertThat(first.exitCode()).as(first.err()).isZero();
    assertThat(run(graph, "render").exitCode()).isZero();
    Map<String, String> metricsBefore = tree(workspace().metrics());
    Map<String, String> siteBefore = tree(dir.resolve("out"));
    Object propertiesBefore = projectProperties(graph);
    assertThat(metricsBefore).isNotEmpty();
    assertThat(propertiesBefore.toString()).contains("metrics_as_of");

    bigTable(workspace().commits(), 1_500_000);
    Process analyze = childAnalyze(graph, "-Xmx64m");
    assertThat(analyze.waitFor(5, TimeUnit.MINUTES)).isTrue();
    String err = Files.readString(dir.resolve("err.txt"));
    String out = Files.readString(dir.resolve("out.txt"));

    assertThat(analyze.exitValue()).as(out + err).isEqualTo(ExitCode.SOFTWARE);
    assertThat(err)
        .contains("ossatlas: analyze ran out of memory: the Java heap is limited to")
        .containsPattern("needs about \\d+ GiB")
        .contains("OSSATLAS_JAVA_OPTS=-Xmx")
        .doesNotContain("java.lang.OutOfMemoryError")
        .doesNotContain("\tat ");
    assertThat(tree(workspace().metrics())).isEqualTo(metricsBefore);
    assertThat(tree(dir.resolve("out"))).isEqualTo(siteBefore);
    assertThat(projectProperties(graph)).isEqualTo(propertiesBefore);
    List<StageReport> runs = new RunLog(workspace()).read();
    StageReport last = runs.get(runs.size() - 1);
    assertThat(last.stage()).isEqualTo("analyze");
    assertThat(last.succeeded()).isFalse();
    assertThat(last.warnings()).anyMatch(w -> w.contains("OSSATLAS_JAVA_OPTS"));
  }

  /** One commit per contributor, each in its own cell: the cells alone outgrow a small heap. */
  private static void bigTable(Path file, int rows) throws IOException {
    try (OutputStream raw = Files.newOutputStream(file);
        OutputStream out =
            new GZIPOutputStream(raw, 1 << 16) {
              {
                def.setLevel(Deflater.BEST_SPEED);
              }
            }) {
      out.write(CommitTableFormat.preamble().getBytes(StandardCharsets.UTF_8));
      StringBuilder line = new StringBuilder(200);
      for (int i = 0; i < rows; i++) {
        String key = String.format("%016x", i * 7919L);
        line.setLength(0);
        line.append("duckdb,")
            .append(String.format("%040x", i))
            .append(',')
            .append(key)
            .append(",2024-01-10T10:00:00Z,")
            .append(key)
            .append(",2024-01-10T10:00:00Z,1,1,1,false,false\n");
        out.write(line.toString().getBytes(StandardCharsets.UTF_8));
      }
    }
  }

  private Process childAnalyze(GraphConnection graph, String heap) throws IOException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    ProcessBuilder builder =
        new ProcessBuilder(
            java,
            heap,
            "-cp",
            System.getProperty("java.class.path"),
            Main.class.getName(),
            "analyze",
            "--as-of",
            "2024-02",
            "--data",
            dir.resolve("data").toString(),
            "--neo4j-uri",
            graph.boltUri());
    builder.redirectOutput(dir.resolve("out.txt").toFile());
    builder.redirectError(dir.resolve("err.txt").toFile());
    return builder.start();
  }

  private static Object projectProperties(GraphConnection graph) {
    return graph.read(
        tx ->
            tx.run("MATCH (p:Project) RETURN p.id AS id, properties(p) AS p ORDER BY id")
                .list(r -> r.get("id").asString() + "=" + new TreeMap<>(r.get("p").asMap())));
  }

  /** Every file under {@code root} by relative path, with its content's hash. */
  private static Map<String, String> tree(Path root) throws IOException {
    Map<String, String> files = new TreeMap<>();
    try (Stream<Path> all = Files.walk(root)) {
      for (Path p : all.filter(Files::isRegularFile).toList()) {
        files.put(
            root.relativize(p).toString(),
            Integer.toHexString(java.util.Arrays.hashCode(Files.readAllBytes(p))));
      }
    }
    return files;
  }

  private CommandRun run(GraphConnection graph, String... args) {
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
