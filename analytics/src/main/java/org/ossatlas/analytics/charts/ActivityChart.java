package org.ossatlas.analytics.charts;

import java.util.ArrayList;
import java.util.List;

/**
 * A project's chart: commits per month as a filled area against the left axis and active authors
 * per month as a line against the right axis, from its first month to metrics_as_of.
 */
final class ActivityChart {
  static final int WIDTH = 640;
  static final int HEIGHT = 220;

  private ActivityChart() {}

  /**
   * @param first month number of {@code commits[0]}; the arrays run to metrics_as_of
   */
  static String svg(
      String id, String name, int first, long[] commits, long[] authors, ChartFacts facts) {
    List<String> legend = List.of("commits", "active authors");
    XChartSvg plot = new XChartSvg(WIDTH, HEIGHT, 40, 40, 22, 22);
    int last = first + commits.length - 1;
    double[] x = months(first, commits.length);
    long maxCommits = max(commits);
    double step = Ticks.step(Math.max(1, maxCommits), 4);
    int intervals = (int) Math.max(1, Math.ceil(maxCommits / step));
    double yMax = intervals * step;
    double authorStep = Ticks.niceCeil(Math.max(1, (double) max(authors)) / intervals);
    double scale = yMax / (intervals * authorStep);
    plot.range(first, Math.max(last, first + 1), yMax);
    plot.area("commits", x, doubles(commits, 1), "a0", "l0");
    plot.line("active authors", x, doubles(authors, scale), "l1");

    plot.paint();
    Svg svg =
        new Svg(
            WIDTH,
            HEIGHT,
            "chart-" + id,
            "atlas-activity",
            name + ": commits and active authors per month",
            Describe.activity(name, facts));
    double[] grid = new double[intervals + 1];
    List<String> leftLabels = new ArrayList<>();
    List<String> rightLabels = new ArrayList<>();
    for (int i = 0; i <= intervals; i++) {
      grid[i] = i * step;
      leftLabels.add(Ticks.count(i * step));
      rightLabels.add(Ticks.count(i * authorStep));
    }
    plot.yGrid(svg, grid, leftLabels, rightLabels);
    plot.appendSeries(svg);
    plot.monthAxis(svg, first, last);
    plot.legend(svg, legend, List.of("f0", "f1"));
    return svg.toString();
  }

  static double[] months(int first, int count) {
    double[] x = new double[count];
    for (int i = 0; i < count; i++) {
      x[i] = first + i;
    }
    return x;
  }

  static double[] doubles(long[] values, double scale) {
    double[] out = new double[values.length];
    for (int i = 0; i < values.length; i++) {
      out[i] = values[i] * scale;
    }
    return out;
  }

  static long max(long[] values) {
    long max = 0;
    for (long v : values) {
      max = Math.max(max, v);
    }
    return max;
  }
}
