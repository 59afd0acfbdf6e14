package org.ossatlas.bench;

import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.Locale;

/** The table `make bench` prints and writes to {@code bench/results.md}. */
final class ResultsTable {
  private ResultsTable() {}

  static String markdown(List<Comparison> rows, BenchContext context, String date) {
    StringBuilder md = new StringBuilder();
    md.append("# Benchmark results\n\n");
    md.append(
        String.format(
            Locale.ROOT,
            "Scale `%s` (%,d projects, %,d commits), median of %d runs, %s, %d cores,"
                + " max heap %d MiB, Java %s.%n%n",
            context.scale().name().toLowerCase(Locale.ROOT),
            context.scale().projects,
            context.scale().commits,
            context.repetitions(),
            date,
            Runtime.getRuntime().availableProcessors(),
            Runtime.getRuntime().maxMemory() >> 20,
            System.getProperty("java.version")));
    md.append(
        "| stage | measure | ours | baseline | baseline figure | unit | ours vs baseline |\n");
    md.append("|---|---|---:|---|---:|---|---:|\n");
    for (Comparison row : rows) {
      md.append(
          String.format(
              Locale.ROOT,
              "| %s | %s | %s | %s | %s | %s | %s |%n",
              row.stage(),
              row.measure(),
              Comparison.format(row.ours()),
              row.baselineName(),
              row.baseline() == null ? "—" : Comparison.format(row.baseline()),
              row.unit(),
              row.ratio()));
    }
    md.append("\nRatios above 1 mean ours is better (faster, or fewer requests).\n");
    md.append("JVM uptime at the end: ")
        .append(ManagementFactory.getRuntimeMXBean().getUptime() / 1000)
        .append(" s.\n");
    return md.toString();
  }
}
