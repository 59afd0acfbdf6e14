package org.ossatlas.analytics.output;

import java.math.BigDecimal;

/**
 * How values are written in the CSV files: plain numbers without trailing zeros, empty if absent.
 */
public final class CsvValues {
  private CsvValues() {}

  public static String format(Object value) {
    if (value == null) {
      return "";
    }
    if (value instanceof Double d) {
      return BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
    }
    return value.toString();
  }
}
