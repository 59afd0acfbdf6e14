package org.ossatlas.analytics.charts;

import java.awt.Color;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.XYStyler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * Paints an XChart {@link XYChart} into the plot area of an {@link Svg}: XChart scales the data and
 * draws the series; the axes, grid, labels and legend are written here as SVG with real text.
 * Series are painted in "key" colours that only identify them; the SVG gives them CSS classes.
 */
final class XChartSvg {
  private static final Color TRANSPARENT = new Color(0, 0, 0, 0);

  final int width;
  final int height;
  final int left;
  final int right;
  final int top;
  final int bottom;
  private final XYChart chart;
  private final Map<Integer, String> classes = new HashMap<>();
  private int keys;
  private List<SvgCanvas.Op> painted;

  XChartSvg(int width, int height, int left, int right, int top, int bottom) {
    this.width = width;
    this.height = height;
    this.left = left;
    this.right = right;
    this.top = top;
    this.bottom = bottom;
    this.chart = new XYChart(plotWidth(), plotHeight());
    XYStyler s = chart.getStyler();
    s.setChartTitleVisible(false);
    s.setLegendVisible(false);
    s.setAxisTicksVisible(false);
    s.setAxisTitlesVisible(false);
    s.setAxisTicksLineVisible(false);
    s.setPlotGridLinesVisible(false);
    s.setPlotBorderVisible(false);
    s.setChartPadding(0);
    s.setPlotMargin(0);
    s.setPlotContentSize(1.0);
    s.setChartBackgroundColor(TRANSPARENT);
    s.setPlotBackgroundColor(TRANSPARENT);
    s.setAntiAlias(false);
  }

  int plotWidth() {
    return width - left - right;
  }

  int plotHeight() {
    return height - top - bottom;
  }

  XYChart chart() {
    return chart;
  }

  /** Fixes the axes (XChart's own padding would move the data off our labels). */
  void range(double xMin, double xMax, double yMax) {
    XYStyler s = chart.getStyler();
    s.setXAxisMin(xMin);
    s.setXAxisMax(xMax);
    s.setYAxisMin(0.0);
    s.setYAxisMax(yMax);
  }

  /** A line series drawn with CSS class {@code lineClass} (null: no line). */
  XYSeries line(String name, double[] x, double[] y, String lineClass) {
    XYSeries series = chart.addSeries(name, x, y);
    series.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
    series.setMarker(SeriesMarkers.NONE);
    series.setLineColor(key(lineClass));
    if (lineClass == null) {
      series.setLineWidth(0);
    }
    return series;
  }

  /** An area down to 0, filled with {@code fillClass} and outlined with {@code lineClass}. */
  XYSeries area(String name, double[] x, double[] y, String fillClass, String lineClass) {
    XYSeries series = line(name, x, y, lineClass);
    series.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Area);
    series.setFillColor(key(fillClass));
    return series;
  }

  /** Page x of a data value (valid after {@link #paint}). */
  double x(double value) {
    return left + chart.getScreenXFromChart(value);
  }

  double y(double value) {
    return top + chart.getScreenYFromChart(value);
  }

  /** Paints the chart (positions from {@link #x} and {@link #y} are valid afterwards). */
  void paint() {
    SvgCanvas canvas = new SvgCanvas();
    canvas.translate(left, top);
    chart.paint(canvas, plotWidth(), plotHeight());
    painted = canvas.ops();
  }

  /** Appends the painted series to {@code svg}, one path per run of a class. */
  void appendSeries(Svg svg) {
    if (painted == null) {
      throw new IllegalStateException("paint() first");
    }
    String current = null;
    Svg.PathBuilder d = new Svg.PathBuilder();
    for (SvgCanvas.Op op : painted) {
      String cssClass = classes.get(op.color().getRGB());
      if (cssClass == null) {
        continue; // anything XChart paints that we did not ask for
      }
      if (!cssClass.equals(current)) {
        flush(svg, current, d);
        current = cssClass;
      }
      d.append(op.shape());
    }
    flush(svg, current, d);
  }

  private static void flush(Svg svg, String cssClass, Svg.PathBuilder d) {
    if (cssClass != null) {
      svg.path(cssClass, d.toString());
    }
    d.clear();
  }

  /** A colour no one sees, standing for a CSS class. */
  private Color key(String cssClass) {
    if (cssClass == null) {
      return TRANSPARENT;
    }
    for (var e : classes.entrySet()) {
      if (e.getValue().equals(cssClass)) {
        return new Color(e.getKey(), true);
      }
    }
    keys++;
    Color color = new Color(1, keys / 256, keys % 256);
    classes.put(color.getRGB(), cssClass);
    return color;
  }

  /** Where legend entries go (x, y of each), estimating 6.2 px per character. */
  static List<double[]> legendLayout(List<String> names, double from, double to) {
    double x = from;
    double y = 4;
    List<double[]> placed = new ArrayList<>();
    for (String name : names) {
      double w = 14 + name.length() * 6.2 + 12;
      if (x + w > to && x > from) {
        x = from;
        y += 15;
      }
      placed.add(new double[] {x, y});
      x += w;
    }
    return placed;
  }

  /** The height a legend takes, for the top margin. */
  static int legendHeight(List<String> names, double from, double to) {
    List<double[]> placed = legendLayout(names, from, to);
    return placed.isEmpty() ? 0 : (int) placed.get(placed.size() - 1)[1] + 18;
  }

  /** Horizontal grid lines at {@code values}, with labels left and/or right of the plot. */
  void yGrid(Svg svg, double[] values, List<String> leftLabels, List<String> rightLabels) {
    StringBuilder d = new StringBuilder();
    for (int i = 0; i < values.length; i++) {
      double y = y(values[i]);
      d.append('M').append(Svg.number(left)).append(',').append(Svg.number(y));
      d.append('H').append(Svg.number(width - right));
      if (leftLabels != null) {
        svg.text(left - 4, y + 3.5, "end", leftLabels.get(i));
      }
      if (rightLabels != null) {
        svg.text(width - right + 4, y + 3.5, "start", rightLabels.get(i));
      }
    }
    svg.path("grid", d.toString());
  }

  /** Month labels under the plot, with short tick marks. */
  void monthAxis(Svg svg, int first, int last) {
    List<Integer> ticks = Ticks.months(first, last, Math.max(2, plotWidth() / 60));
    boolean yearsOnly = ticks.stream().allMatch(m -> Math.floorMod(m, 12) == 0);
    StringBuilder d = new StringBuilder();
    double base = top + plotHeight();
    d.append('M').append(Svg.number(left)).append(',').append(Svg.number(base));
    d.append('H').append(Svg.number(width - right));
    for (int m : ticks) {
      double x = x(m);
      d.append('M').append(Svg.number(x)).append(',').append(Svg.number(base)).append("v4");
      svg.text(x, base + 15, "middle", Ticks.month(m, yearsOnly));
    }
    svg.path("axis", d.toString());
  }

  /** A legend along the top: a swatch and a name per entry, wrapping when the row is full. */
  void legend(Svg svg, List<String> names, List<String> swatchClasses) {
    List<double[]> placed = legendLayout(names, left, width - right);
    for (int i = 0; i < names.size(); i++) {
      double[] at = placed.get(i);
      svg.rect(swatchClasses.get(i), at[0], at[1] + 2, 10, 8);
      svg.text(at[0] + 14, at[1] + 10, "start", names.get(i));
    }
  }
}
