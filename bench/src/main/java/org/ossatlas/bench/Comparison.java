package org.ossatlas.bench;

import java.util.Locale;

/**
 * One figure of ours beside the baseline's, in the same unit. The ratio is always "how many times
 * better ours is": above 1 means ours wins, whichever way the unit points.
 */
record Comparison(
    String stage,
    String measure,
    double ours,
    String baselineName,
    Double baseline,
    String unit,
    boolean higherIsBetter) {

  static Comparison alone(String stage, String measure, double ours, String unit) {
    return new Comparison(stage, measure, ours, "—", null, unit, true);
  }

  String ratio() {
    if (baseline == null || baseline == 0 || ours == 0) {
      return "—";
    }
    double r = higherIsBetter ? ours / baseline : baseline / ours;
    return String.format(Locale.ROOT, "%.2f×", r);
  }

  static String format(double value) {
    if (Math.abs(value) >= 100) {
      return String.format(Locale.ROOT, "%,.0f", value);
    }
    return String.format(Locale.ROOT, "%.2f", value);
  }
}
