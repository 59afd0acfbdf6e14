package org.ossatlas.site.model;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/**
 * Display strings for numbers, shares and dates, fixed to English so that the same data gives the
 * same bytes on any machine. Absent values become an en dash.
 */
public final class Format {
  /** What a table cell shows for a value that has not been computed. */
  public static final String NONE = "–";

  private static final DateTimeFormatter MONTH =
      DateTimeFormatter.ofPattern("MMMM yyyy", Locale.US);

  private Format() {}

  public static String count(Long value) {
    return value == null ? NONE : grouped().format(value);
  }

  /** A relative change as a signed whole percentage: {@code +23 %}, {@code −40 %}. */
  public static String change(Double value) {
    if (value == null || value.isNaN() || value.isInfinite()) {
      return NONE;
    }
    long pct = Math.round(value * 100);
    String sign = pct > 0 ? "+" : pct < 0 ? "−" : "±";
    return sign + grouped().format(Math.abs(pct)) + " %";
  }

  /** A share between 0 and 1 as a whole percentage. */
  public static String share(Double value) {
    if (value == null || value.isNaN()) {
      return NONE;
    }
    return Math.round(value * 100) + " %";
  }

  /** A small decimal (a score), three significant places. */
  public static String decimal(Double value) {
    if (value == null || value.isNaN()) {
      return NONE;
    }
    return SCORE.get().format(value);
  }

  /** {@code 2026-10} as {@code October 2026}; anything unparsable is shown as given. */
  public static String month(String yearMonth) {
    if (yearMonth == null || yearMonth.isBlank()) {
      return NONE;
    }
    try {
      return YearMonth.parse(yearMonth).format(MONTH);
    } catch (DateTimeParseException e) {
      return yearMonth;
    }
  }

  /** The date part of an ISO 8601 time: {@code 2026-10-03T12:00:00Z} as {@code 2026-10-03}. */
  public static String date(String isoTime) {
    if (isoTime == null || isoTime.isBlank()) {
      return NONE;
    }
    return isoTime.length() >= 10 ? isoTime.substring(0, 10) : isoTime;
  }

  /** A number of days as years when long: {@code 4.2 years}, else {@code 35 days}. */
  public static String age(Long days) {
    if (days == null) {
      return NONE;
    }
    if (days < 365) {
      return days + (days == 1 ? " day" : " days");
    }
    return YEARS.get().format(days / 365.25) + " years";
  }

  private static DecimalFormat grouped() {
    return GROUPED.get();
  }

  // Building a DecimalFormat costs more than formatting with it, and pages are rendered on
  // several threads: one of each per thread.
  private static final ThreadLocal<DecimalFormat> GROUPED = format("#,##0");
  private static final ThreadLocal<DecimalFormat> SCORE = format("0.###");
  private static final ThreadLocal<DecimalFormat> YEARS = format("0.#");

  private static ThreadLocal<DecimalFormat> format(String pattern) {
    return ThreadLocal.withInitial(
        () -> new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(Locale.US)));
  }
}
