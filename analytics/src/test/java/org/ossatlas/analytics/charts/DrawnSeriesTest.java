package org.ossatlas.analytics.charts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.ossatlas.analytics.series.Granularity;

/**
 * What the charts draw, read back from the SVG: which series paths are there (by CSS class), in
 * which order, through how many points, and at which heights. A chart that loses a series, a point
 * or its stacking fails here, whatever its titles and styles still say.
 */
class DrawnSeriesTest {
  private static final Pattern PATH = Pattern.compile("<path class=\"(\\w+)\" d=\"([^\"]*)\"/>");
  private static final Pattern POINT = Pattern.compile("[ML](-?[\\d.]+),(-?[\\d.]+)");
  private static final int FIRST = Granularity.month(YearMonth.of(2023, 4));
  private static final ChartFacts FACTS = new ChartFacts("2024-03", 66L, 3L, null, null);

  /** A drawn path: its CSS class and the points of its M and L commands. */
  record Drawn(String cssClass, List<double[]> points) {
    double top() {
      return points.stream().mapToDouble(p -> p[1]).min().orElseThrow();
    }
  }

  /** The series paths (classes l, a, f and a palette index), in document (painting) order. */
  static List<Drawn> paths(String svg) {
    List<Drawn> drawn = new ArrayList<>();
    Matcher m = PATH.matcher(svg);
    while (m.find()) {
      if (!m.group(1).matches("[laf]\\d")) {
        continue; // grid lines and axes
      }
      List<double[]> points = new ArrayList<>();
      Matcher p = POINT.matcher(m.group(2));
      while (p.find()) {
        points.add(new double[] {Double.parseDouble(p.group(1)), Double.parseDouble(p.group(2))});
      }
      drawn.add(new Drawn(m.group(1), points));
    }
    return drawn;
  }

  @Test
  void activityChartDrawsCommitsAsAnAreaAndAuthorsAsALineThroughEveryMonth() {
    long[] commits = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 0, 11};
    long[] authors = {1, 1, 2, 2, 3, 3, 1, 1, 2, 2, 0, 3};

    List<Drawn> drawn = paths(ActivityChart.svg("p", "P", FIRST, commits, authors, FACTS));

    // XChart strokes an area's edge before it fills it.
    assertThat(drawn).extracting(Drawn::cssClass).containsExactly("l0", "a0", "l1");
    Drawn commitLine = drawn.get(0);
    Drawn authorLine = drawn.get(2);
    assertThat(commitLine.points()).hasSize(12);
    assertThat(authorLine.points()).hasSize(12);
    assertThat(drawn.get(1).points().size()).isGreaterThanOrEqualTo(12);
    // Left to right, one point a month; the highest month is the last one, the empty one sits low.
    for (int i = 1; i < 12; i++) {
      assertThat(commitLine.points().get(i)[0]).isGreaterThan(commitLine.points().get(i - 1)[0]);
    }
    assertThat(commitLine.top()).isEqualTo(commitLine.points().get(11)[1]);
    assertThat(commitLine.points().get(10)[1]).isGreaterThan(commitLine.points().get(9)[1]);
  }

  @Test
  void stackedChartPaintsTheBandsTopDownEachOnTheOnesBelow() {
    long[] total = {10, 10, 10};
    List<StackedChart.Band> bands =
        List.of(
            new StackedChart.Band("A", new long[] {5, 5, 5}),
            new StackedChart.Band("B", new long[] {3, 3, 3}));

    List<Drawn> drawn = paths(StackedChart.svg("c", "C", FIRST, total, bands, FACTS));

    // "others" (10 - 5 - 3) on top, painted first; then B over it up to 8, then A up to 5.
    assertThat(drawn).extracting(Drawn::cssClass).containsExactly("f6", "f1", "f0");
    assertThat(drawn.get(0).top()).isLessThan(drawn.get(1).top());
    assertThat(drawn.get(1).top()).isLessThan(drawn.get(2).top());
    drawn.forEach(d -> assertThat(d.points().size()).as(d.cssClass()).isGreaterThanOrEqualTo(3));
  }

  @Test
  void sparklineDrawsEveryOneOfItsMonths() {
    long[] commits = new long[Sparkline.MONTHS];
    for (int i = 0; i < commits.length; i++) {
      commits[i] = i % 5;
    }

    List<Drawn> drawn = paths(Sparkline.svg("p", "P", FIRST, commits, FACTS));

    assertThat(drawn).extracting(Drawn::cssClass).containsExactly("l0", "a0");
    assertThat(drawn.get(0).points()).hasSize(Sparkline.MONTHS);
  }
}
