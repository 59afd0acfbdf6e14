package org.ossatlas.analytics.metrics;

import tech.tablesaw.api.DoubleColumn;

/** Ratios are stored rounded so that the graph, the CSV files and the site show the same value. */
final class Rounding {
  static final int DECIMALS = 4;

  private Rounding() {}

  static double round(double value) {
    double scale = Math.pow(10, DECIMALS);
    return Math.round(value * scale) / scale;
  }

  static DoubleColumn round(DoubleColumn column) {
    DoubleColumn out = DoubleColumn.create(column.name(), column.size());
    for (int i = 0; i < column.size(); i++) {
      if (column.isMissing(i) || !Double.isFinite(column.getDouble(i))) {
        out.setMissing(i);
      } else {
        out.set(i, round(column.getDouble(i)));
      }
    }
    return out;
  }
}
