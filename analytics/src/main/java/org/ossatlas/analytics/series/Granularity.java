package org.ossatlas.analytics.series;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;

/**
 * A calendar unit for time series. Periods are numbered consecutively from the one holding
 * 1970-01-01 (UTC), so that a series is an int-keyed table whose gaps are plain missing numbers.
 * Weeks are ISO weeks (Monday to Sunday).
 */
public enum Granularity {
  DAY {
    @Override
    public int index(LocalDate date) {
      return Math.toIntExact(date.toEpochDay());
    }

    @Override
    public LocalDate start(int index) {
      return LocalDate.ofEpochDay(index);
    }

    @Override
    public String label(int index) {
      return start(index).toString();
    }
  },
  WEEK {
    // 1970-01-01 was a Thursday: the Monday of its week is epoch day -3.
    @Override
    public int index(LocalDate date) {
      return Math.toIntExact(Math.floorDiv(date.toEpochDay() + 3, 7));
    }

    @Override
    public LocalDate start(int index) {
      return LocalDate.ofEpochDay(index * 7L - 3);
    }

    @Override
    public String label(int index) {
      LocalDate monday = start(index);
      return String.format(
          "%04d-W%02d",
          monday.get(IsoFields.WEEK_BASED_YEAR), monday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }
  },
  MONTH {
    @Override
    public int index(LocalDate date) {
      return (date.getYear() - 1970) * 12 + date.getMonthValue() - 1;
    }

    @Override
    public LocalDate start(int index) {
      return LocalDate.of(1970 + Math.floorDiv(index, 12), Math.floorMod(index, 12) + 1, 1);
    }

    @Override
    public String label(int index) {
      LocalDate start = start(index);
      return String.format("%04d-%02d", start.getYear(), start.getMonthValue());
    }
  },
  QUARTER {
    @Override
    public int index(LocalDate date) {
      return (date.getYear() - 1970) * 4 + (date.getMonthValue() - 1) / 3;
    }

    @Override
    public LocalDate start(int index) {
      return LocalDate.of(1970 + Math.floorDiv(index, 4), Math.floorMod(index, 4) * 3 + 1, 1);
    }

    @Override
    public String label(int index) {
      return String.format("%04d-Q%d", 1970 + Math.floorDiv(index, 4), Math.floorMod(index, 4) + 1);
    }
  },
  YEAR {
    @Override
    public int index(LocalDate date) {
      return date.getYear() - 1970;
    }

    @Override
    public LocalDate start(int index) {
      return LocalDate.of(1970 + index, 1, 1);
    }

    @Override
    public String label(int index) {
      return String.format("%04d", 1970 + index);
    }
  };

  private static final long SECONDS_PER_DAY = 86_400;

  /** The number of the period holding {@code date}. */
  public abstract int index(LocalDate date);

  /** The first day of period {@code index}. */
  public abstract LocalDate start(int index);

  /**
   * How the period is written in files and charts: 2024-03-05, 2024-W10, 2024-03, 2024-Q1, 2024.
   */
  public abstract String label(int index);

  /** The period holding an instant given in seconds since the epoch, in UTC. */
  public int index(long epochSecond) {
    return index(LocalDate.ofEpochDay(Math.floorDiv(epochSecond, SECONDS_PER_DAY)));
  }

  /** The period of this granularity that holds the start of {@code index} of a finer one. */
  public int fromFiner(Granularity finer, int index) {
    return index(finer.start(index));
  }

  /** The first instant of period {@code index}, in seconds since the epoch (UTC). */
  public long startEpochSecond(int index) {
    return start(index).toEpochDay() * SECONDS_PER_DAY;
  }

  /** Month number of a {@link YearMonth}, the unit most of the analytics work in. */
  public static int month(YearMonth month) {
    return MONTH.index(month.atDay(1));
  }

  /** The {@link YearMonth} of month number {@code index}. */
  public static YearMonth yearMonth(int index) {
    return YearMonth.from(MONTH.start(index));
  }
}
