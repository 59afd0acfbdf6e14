package org.ossatlas.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.ossatlas.analytics.charts.ChartWriter;
import org.ossatlas.analytics.series.Granularity;
import org.ossatlas.common.AtomicFiles;

/**
 * Drawing the project charts (commits as an area, active authors as a line, per month) as SVG
 * files, beside matplotlib drawing the same series into SVG files (DataHut's charting), one process
 * for all charts. matplotlib only runs when {@code python3 -c 'import matplotlib'} works ({@code
 * apt-get install python3-matplotlib}).
 */
final class ChartsVsMatplotlib implements Benchmark {
  private static final int MONTHS = 120;

  @Override
  public String name() {
    return "charts";
  }

  @Override
  public List<Comparison> run(BenchContext context) throws Exception {
    int charts = context.scale().projects;
    long[][] commits = new long[charts][];
    long[][] authors = new long[charts][];
    generate(commits, authors, 42);
    Path series = context.file("charts/series.csv");
    writeSeries(series, commits, authors);
    Path ours = context.file("charts/ours");
    int first = Granularity.month(YearMonth.of(2016, 1));
    double oursSeconds =
        Timing.medianSeconds(
            context.repetitions(),
            () -> {
              AtomicFiles.deleteRecursively(ours);
              Files.createDirectories(ours);
              for (int i = 0; i < charts; i++) {
                String svg =
                    ChartWriter.activitySvg("p" + i, "Project " + i, first, commits[i], authors[i]);
                Files.writeString(ours.resolve("p" + i + ".svg"), svg, StandardCharsets.UTF_8);
              }
            });
    Double theirs = null;
    String python = pythonWithMatplotlib();
    if (python != null) {
      Path script = context.file("charts/draw.py");
      Files.writeString(script, SCRIPT);
      Path out = context.file("charts/matplotlib");
      theirs =
          Timing.medianSeconds(
              context.repetitions(),
              () -> {
                AtomicFiles.deleteRecursively(out);
                Files.createDirectories(out);
                run(python, script.toString(), series.toString(), out.toString());
              });
    } else {
      System.out.println("   matplotlib is not installed (apt-get install python3-matplotlib)");
    }
    List<Comparison> rows = new ArrayList<>();
    rows.add(
        new Comparison(
            "charts",
            charts + " project charts, " + MONTHS + " months each, SVG",
            oursSeconds,
            "matplotlib",
            theirs,
            "s",
            false));
    rows.add(
        new Comparison(
            "charts",
            "charts per second",
            charts / oursSeconds,
            "matplotlib",
            theirs == null ? null : charts / theirs,
            "charts/s",
            true));
    rows.add(
        Comparison.alone("charts", "mean chart size", meanBytes(ours) / 1024.0, "KiB per chart"));
    return rows;
  }

  private static void generate(long[][] commits, long[][] authors, long seed) {
    Random random = new Random(seed);
    for (int i = 0; i < commits.length; i++) {
      commits[i] = new long[MONTHS];
      authors[i] = new long[MONTHS];
      double level = 5 + random.nextInt(300);
      for (int m = 0; m < MONTHS; m++) {
        level = Math.max(0, level * (0.9 + random.nextDouble() * 0.22));
        commits[i][m] = Math.round(level);
        authors[i][m] = Math.round(Math.sqrt(level) * (1 + random.nextDouble()));
      }
    }
  }

  private static void writeSeries(Path file, long[][] commits, long[][] authors)
      throws IOException {
    StringBuilder csv = new StringBuilder();
    for (int i = 0; i < commits.length; i++) {
      csv.append("p").append(i);
      for (long c : commits[i]) {
        csv.append(',').append(c);
      }
      csv.append('\n').append("p").append(i);
      for (long a : authors[i]) {
        csv.append(',').append(a);
      }
      csv.append('\n');
    }
    Files.createDirectories(file.getParent());
    Files.writeString(file, csv);
  }

  private static double meanBytes(Path dir) throws IOException {
    try (var files = Files.list(dir)) {
      return files.mapToLong(f -> f.toFile().length()).average().orElse(0);
    }
  }

  /** The first Python that has matplotlib: the one on the PATH, else Debian's. */
  static String pythonWithMatplotlib() {
    for (String python : List.of("python3", "/usr/bin/python3")) {
      try {
        run(python, "-c", "import matplotlib");
        return python;
      } catch (Exception e) {
        // try the next one
      }
    }
    return null;
  }

  private static void run(String... command) throws Exception {
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!p.waitFor(30, TimeUnit.MINUTES) || p.exitValue() != 0) {
      throw new IllegalStateException(String.join(" ", command) + " failed: " + output);
    }
  }

  /** The same chart in matplotlib: area of commits, line of authors on a second axis, legend. */
  private static final String SCRIPT =
      """
      import sys, matplotlib
      matplotlib.use("svg")
      import matplotlib.pyplot as plt
      rows = [line.rstrip("\\n").split(",") for line in open(sys.argv[1])]
      months = list(range(len(rows[0]) - 1))
      for i in range(0, len(rows), 2):
          name, commits = rows[i][0], [int(v) for v in rows[i][1:]]
          authors = [int(v) for v in rows[i + 1][1:]]
          fig, ax = plt.subplots(figsize=(6.4, 2.2))
          ax.fill_between(months, commits, alpha=0.4, label="commits")
          ax.plot(months, commits, linewidth=1)
          right = ax.twinx()
          right.plot(months, authors, color="C1", linewidth=1.5, label="active authors")
          ax.set_title(name + ": commits and active authors per month")
          ax.grid(axis="y", alpha=0.3)
          fig.legend(loc="upper left")
          fig.savefig(sys.argv[2] + "/" + name + ".svg")
          plt.close(fig)
      """;
}
