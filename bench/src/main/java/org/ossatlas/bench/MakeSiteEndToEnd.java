package org.ossatlas.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.ossatlas.common.AtomicFiles;
import org.ossatlas.common.Workspace;

/**
 * {@code make site} end to end on the generated workspace, as a user runs it: separate processes
 * for load, analyze and render, from an empty graph, at the default heap, beside {@code zcat | wc
 * -l} of the same commit table (the floor: merely decompressing the history), with the peak
 * resident memory of the largest process ({@code /usr/bin/time}); then the same command again with
 * nothing changed, which must find nothing to do. Needs the built jar ({@code make bench} builds
 * it).
 */
final class MakeSiteEndToEnd implements Benchmark {
  /** GNU time: the maximum resident set of the largest child, in KiB. */
  private static final String TIME = "/usr/bin/time";

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
    long[] peakKib = {0};
    double full =
        Timing.medianSeconds(
            context.repetitions(),
            () -> {
              AtomicFiles.deleteRecursively(workspace.graphStore());
              AtomicFiles.deleteRecursively(workspace.stamps());
              peakKib[0] = Math.max(peakKib[0], make(workspace));
            });
    double zcat =
        Timing.medianSeconds(
            context.repetitions(), () -> zcatLines(workspace.commits().toAbsolutePath()));
    double noOp = Timing.medianSeconds(Math.max(3, context.repetitions()), () -> make(workspace));
    List<Comparison> rows = new ArrayList<>();
    rows.add(
        new Comparison(
            "make site",
            "from an empty graph (load, analyze, render)",
            full,
            "zcat of commits.csv.gz, lines counted",
            zcat,
            "s",
            false));
    if (peakKib[0] > 0) {
      rows.add(
          Comparison.alone(
              "make site",
              "peak resident memory (largest process)",
              peakKib[0] / 1048576.0,
              "GiB"));
    }
    rows.add(
        new Comparison(
            "make site", "again with nothing changed", noOp, "the full run", full, "s", false));
    return rows;
  }

  /** Decompresses and counts the lines of the commit table: the floor for reading it at all. */
  private static void zcatLines(Path commits) throws Exception {
    Process p =
        new ProcessBuilder("sh", "-c", "zcat \"$0\" | wc -l", commits.toString())
            .redirectErrorStream(true)
            .start();
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (p.waitFor() != 0) {
      throw new IllegalStateException("zcat | wc -l failed: " + output);
    }
  }

  /** Runs {@code make site}; returns the largest process's peak RSS in KiB (0 if unknown). */
  private static long make(Workspace workspace) throws Exception {
    boolean timed = Files.isExecutable(Path.of(TIME));
    Path rss = Files.createTempFile("make-site", ".rss");
    List<String> command = new ArrayList<>();
    if (timed) {
      command.addAll(List.of(TIME, "-f", "%M", "-o", rss.toString()));
    }
    command.addAll(
        List.of(
            "make",
            "--no-print-directory",
            "site",
            "SHEETS=" + workspace.sheets().toAbsolutePath(),
            "DATA=" + workspace.data().toAbsolutePath(),
            "OUT=" + workspace.out().toAbsolutePath()));
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (p.waitFor() != 0) {
      throw new IllegalStateException("make site failed:\n" + output);
    }
    if (!Files.exists(workspace.out().resolve("index.html"))) {
      throw new IllegalStateException("make site left no index.html:\n" + output);
    }
    try {
      String text = Files.readString(rss).strip();
      return text.isEmpty() ? 0 : Long.parseLong(text.lines().reduce((a, b) -> b).orElse("0"));
    } catch (NumberFormatException e) {
      return 0;
    } finally {
      Files.deleteIfExists(rss);
    }
  }
}
