package org.ossatlas.analytics.charts;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.ossatlas.analytics.series.Granularity;

/** Where axes get labels: round numbers for counts, whole years (or quarters) for months. */
final class Ticks {
  private Ticks() {}

  /** The smallest of 1, 2, 5 × 10^k that is at least {@code value} (1 for 0 or less). */
  static double niceCeil(double value) {
    if (value <= 1) {
      return 1;
    }
    double magnitude = Math.pow(10, Math.floor(Math.log10(value)));
    for (double f : new double[] {1, 2, 5, 10}) {
      if (f * magnitude >= value - 1e-9) {
        return f * magnitude;
      }
    }
    return 10 * magnitude;
  }

  /** A step for about {@code intervals} intervals up to {@code max}. */
  static double step(double max, int intervals) {
    return niceCeil(max / intervals);
  }

  /** Count labels: 1200 → "1.2k", 3000000 → "3M". */
  static String count(double value) {
    double abs = Math.abs(value);
    if (abs >= 1_000_000) {
      return trim(value / 1_000_000) + "M";
    }
    if (abs >= 1_000) {
      return trim(value / 1_000) + "k";
    }
    return trim(value);
  }

  private static String trim(double value) {
    String s = String.format(Locale.ROOT, "%.1f", value);
    return s.endsWith(".0") ? s.substring(0, s.length() - 2) : s;
  }

  /**
   * Month ticks for {@code [first, last]}: January of every n-th year (n of 1, 2, 5, 10... so that
   * at most {@code maxLabels} fit), or every third month for spans under three years.
   */
  static List<Integer> months(int first, int last, int maxLabels) {
    List<Integer> ticks = new ArrayList<>();
    int span = last - first + 1;
    if (span <= 30) {
      int step = span <= 12 ? 3 : 6;
      for (int m = first; m <= last; m++) {
        if (Math.floorMod(m, step) == 0) {
          ticks.add(m);
        }
      }
      return ticks;
    }
    int years = span / 12 + 1;
    int step = 1;
    while (years / step > maxLabels) {
      step = step == 1 ? 2 : step == 2 ? 5 : step * 2;
    }
    for (int m = first; m <= last; m++) {
      if (Math.floorMod(m, 12) == 0 && Math.floorMod(Math.floorDiv(m, 12), step) == 0) {
        ticks.add(m);
      }
    }
    return ticks;
  }

  /** The label of a month tick: the year for January, else YYYY-MM. */
  static String month(int month, boolean yearsOnly) {
    return yearsOnly
        ? Granularity.YEAR.label(Math.floorDiv(month, 12))
        : Granularity.MONTH.label(month);
  }
}
