package org.ossatlas.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.ossatlas.common.AtomicFiles;
import org.ossatlas.common.Workspace;

/**
 * {@code make site} end to end on the generated workspace, as a user runs it: separate processes
 * for load, analyze and render, from an empty graph; then the same command again with nothing
 * changed, which must find nothing to do. Needs the built jar ({@code make bench} builds it).
 */
final class MakeSiteEndToEnd implements Benchmark {

  @Override
  public String name() {
    return "make-site";
  }

  @Override
  public List<Comparison> run(BenchContext context) throws Exception {
    Workspace workspace;
    try (BenchGraph bench = BenchGraph.open(context)) {
      workspace = bench.workspace; // generates the sheets and commits if they are missing
    }
    double full =
        Timing.medianSeconds(
            context.repetitions(),
            () -> {
              AtomicFiles.deleteRecursively(workspace.graphStore());
              AtomicFiles.deleteRecursively(workspace.stamps());
              make(workspace);
            });
    double noOp = Timing.medianSeconds(Math.max(3, context.repetitions()), () -> make(workspace));
    List<Comparison> rows = new ArrayList<>();
    rows.add(
        Comparison.alone("make site", "from an empty graph (load, analyze, render)", full, "s"));
    rows.add(
        new Comparison(
            "make site", "again with nothing changed", noOp, "the full run", full, "s", false));
    return rows;
  }

  private static void make(Workspace workspace) throws Exception {
    Process p =
        new ProcessBuilder(
                "make",
                "--no-print-directory",
                "site",
                "SHEETS=" + workspace.sheets().toAbsolutePath(),
                "DATA=" + workspace.data().toAbsolutePath(),
                "OUT=" + workspace.out().toAbsolutePath())
            .redirectErrorStream(true)
            .start();
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (p.waitFor() != 0) {
      throw new IllegalStateException("make site failed:\n" + output);
    }
    if (!Files.exists(workspace.out().resolve("index.html"))) {
      throw new IllegalStateException("make site left no index.html:\n" + output);
    }
  }
}
