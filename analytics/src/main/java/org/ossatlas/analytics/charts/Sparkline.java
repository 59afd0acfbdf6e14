package org.ossatlas.analytics.charts;

/** A small chart for tables: commits per month over the last {@value #MONTHS} months, no axes. */
final class Sparkline {
  static final int MONTHS = 36;
  static final int WIDTH = 120;
  static final int HEIGHT = 28;

  private Sparkline() {}

  /**
   * @param commits the last {@value #MONTHS} months to metrics_as_of, first month first
   */
  static String svg(String id, String name, int first, long[] commits, ChartFacts facts) {
    XChartSvg plot = new XChartSvg(WIDTH, HEIGHT, 1, 1, 2, 1);
    long max = ActivityChart.max(commits);
    plot.range(first, first + commits.length - 1, Math.max(1, max));
    double[] x = ActivityChart.months(first, commits.length);
    plot.area("commits", x, ActivityChart.doubles(commits, 1), "a0", "l0");
    long total = 0;
    for (long c : commits) {
      total += c;
    }
    plot.paint();
    Svg svg =
        new Svg(
            WIDTH,
            HEIGHT,
            "spark-" + id,
            "atlas-spark",
            name + ": commits per month, last " + MONTHS + " months",
            total == 0
                ? "No commits in the " + MONTHS + " months to " + facts.asOf() + "."
                : Describe.count(total, "commit")
                    + " in the "
                    + MONTHS
                    + " months to "
                    + facts.asOf()
                    + ", at most "
                    + Describe.count(max, "commit")
                    + " in a month.");
    plot.appendSeries(svg);
    return svg.toString();
  }
}
