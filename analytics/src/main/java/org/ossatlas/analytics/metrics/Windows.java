package org.ossatlas.analytics.metrics;

import java.time.YearMonth;
import org.ossatlas.analytics.series.Granularity;

/**
 * The time windows of the metrics, all fixed by {@code metrics_as_of}, the last complete month: the
 * last 12 months are the 12 complete months up to and including it, the previous 12 the ones before
 * those, and dormancy looks at the last 6.
 */
public record Windows(YearMonth asOf) {
  /** Months without a human commit after which a project is dormant. */
  public static final int DORMANT_MONTHS = 6;

  public int asOfMonth() {
    return Granularity.month(asOf);
  }

  public int last12From() {
    return asOfMonth() - 11;
  }

  public int prev12From() {
    return asOfMonth() - 23;
  }

  public int prev12To() {
    return asOfMonth() - 12;
  }

  /** First month of the 24 months SHARES_CONTRIBUTORS looks at (both windows). */
  public int last24From() {
    return prev12From();
  }

  public int dormantFrom() {
    return asOfMonth() - (DORMANT_MONTHS - 1);
  }

  /** The first instant after the window, seconds since the epoch: where ages are measured to. */
  public long endEpochSecond() {
    return Granularity.MONTH.startEpochSecond(asOfMonth() + 1);
  }

  public String label() {
    return Granularity.MONTH.label(asOfMonth());
  }
}
