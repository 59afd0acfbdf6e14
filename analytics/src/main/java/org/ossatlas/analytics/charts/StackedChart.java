package org.ossatlas.analytics.charts;

import java.util.ArrayList;
import java.util.List;

/**
 * A category's or backer's chart: its commits per month stacked by project, the {@value #TOP} most
 * active over the charted months in their own colours and the rest together as "others".
 */
final class StackedChart {
  static final int TOP = 5;
  static final int WIDTH = 640;
  static final int HEIGHT = 240;
  private static final int OTHERS_CLASS = 6;

  private StackedChart() {}

  /** One band: a project's monthly commits over the charted months. */
  record Band(String name, long[] commits) {}

  /**
   * @param total the group's commits per month (projects counted once), from {@code first} to
   *     metrics_as_of
   * @param bands member projects, most active first (at most {@value #TOP} are drawn)
   */
  static String svg(
      String id, String name, int first, long[] total, List<Band> bands, ChartFacts facts) {
    List<Band> shown = new ArrayList<>(bands.subList(0, Math.min(TOP, bands.size())));
    long[] others = total.clone();
    for (Band b : shown) {
      for (int i = 0; i < others.length; i++) {
        others[i] = Math.max(0, others[i] - b.commits()[i]);
      }
    }
    List<String> names = new ArrayList<>(shown.stream().map(b -> shorten(b.name())).toList());
    List<String> swatches = new ArrayList<>();
    for (int i = 0; i < shown.size(); i++) {
      swatches.add("f" + i);
    }
    if (ActivityChart.max(others) > 0) {
      shown.add(new Band("others", others));
      names.add("others");
      swatches.add("f" + OTHERS_CLASS);
    }
    int top = Math.max(20, XChartSvg.legendHeight(names, 40, WIDTH - 12) + 2);
    XChartSvg plot = new XChartSvg(WIDTH, HEIGHT, 40, 12, top, 22);
    int last = first + total.length - 1;
    double[] x = ActivityChart.months(first, total.length);
    double[][] cumulative = new double[shown.size()][total.length];
    for (int k = 0; k < shown.size(); k++) {
      for (int i = 0; i < total.length; i++) {
        cumulative[k][i] = (k == 0 ? 0 : cumulative[k - 1][i]) + shown.get(k).commits()[i];
      }
    }
    double max = 0;
    for (double v : shown.isEmpty() ? new double[0] : cumulative[shown.size() - 1]) {
      max = Math.max(max, v);
    }
    double step = Ticks.step(Math.max(1, max), 4);
    int intervals = (int) Math.max(1, Math.ceil(max / step));
    plot.range(first, Math.max(last, first + 1), intervals * step);
    // The highest band first: each lower one is painted over it, which stacks them.
    for (int k = shown.size() - 1; k >= 0; k--) {
      plot.area(shown.get(k).name(), x, cumulative[k], swatches.get(k), null);
    }
    plot.paint();
    Svg svg =
        new Svg(
            WIDTH,
            HEIGHT,
            "chart-" + id,
            "atlas-stacked",
            name + ": commits per month by project",
            Describe.activity(name, facts) + mostActive(bands));
    double[] grid = new double[intervals + 1];
    List<String> labels = new ArrayList<>();
    for (int i = 0; i <= intervals; i++) {
      grid[i] = i * step;
      labels.add(Ticks.count(i * step));
    }
    plot.yGrid(svg, grid, labels, null);
    plot.appendSeries(svg);
    plot.monthAxis(svg, first, last);
    plot.legend(svg, names, swatches);
    return svg.toString();
  }

  private static String mostActive(List<Band> bands) {
    if (bands.isEmpty()) {
      return "";
    }
    List<String> names =
        bands.subList(0, Math.min(3, bands.size())).stream().map(Band::name).toList();
    return " Most commits over the chart: " + String.join(", ", names) + ".";
  }

  private static String shorten(String name) {
    return name.length() <= 22 ? name : name.substring(0, 21) + "…";
  }
}
