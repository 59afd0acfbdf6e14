package org.ossatlas.analytics.series;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

class GranularityTest {

  @Test
  void numbersPeriodsConsecutivelyFrom1970() {
    assertThat(Granularity.MONTH.index(LocalDate.of(1970, 1, 31))).isZero();
    assertThat(Granularity.MONTH.index(LocalDate.of(1971, 2, 1))).isEqualTo(13);
    assertThat(Granularity.MONTH.index(LocalDate.of(1969, 12, 1))).isEqualTo(-1);
    assertThat(Granularity.QUARTER.index(LocalDate.of(2024, 4, 1))).isEqualTo(54 * 4 + 1);
    assertThat(Granularity.YEAR.index(LocalDate.of(2024, 12, 31))).isEqualTo(54);
    assertThat(Granularity.DAY.index(LocalDate.of(1970, 1, 2))).isEqualTo(1);
  }

  @Test
  void labelsAndStartsRoundTrip() {
    int march = Granularity.month(YearMonth.of(2024, 3));
    assertThat(Granularity.MONTH.label(march)).isEqualTo("2024-03");
    assertThat(Granularity.MONTH.start(march)).isEqualTo(LocalDate.of(2024, 3, 1));
    assertThat(Granularity.yearMonth(march)).isEqualTo(YearMonth.of(2024, 3));
    assertThat(Granularity.QUARTER.label(Granularity.QUARTER.index(LocalDate.of(2024, 5, 9))))
        .isEqualTo("2024-Q2");
    assertThat(Granularity.YEAR.label(54)).isEqualTo("2024");
    assertThat(Granularity.DAY.label(Granularity.DAY.index(LocalDate.of(2024, 2, 29))))
        .isEqualTo("2024-02-29");
  }

  @Test
  void weeksAreIsoWeeksStartingOnMonday() {
    int week = Granularity.WEEK.index(LocalDate.of(2024, 1, 3)); // a Wednesday
    assertThat(Granularity.WEEK.start(week)).isEqualTo(LocalDate.of(2024, 1, 1));
    assertThat(Granularity.WEEK.start(week).getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY);
    assertThat(Granularity.WEEK.index(LocalDate.of(2024, 1, 7))).isEqualTo(week);
    assertThat(Granularity.WEEK.index(LocalDate.of(2024, 1, 8))).isEqualTo(week + 1);
    assertThat(Granularity.WEEK.label(week)).isEqualTo("2024-W01");
    // 2021-01-03 (a Sunday) belongs to ISO week 53 of 2020.
    assertThat(Granularity.WEEK.label(Granularity.WEEK.index(LocalDate.of(2021, 1, 3))))
        .isEqualTo("2020-W53");
  }

  @Test
  void instantsArePlacedInUtc() {
    long lastSecondOfJanuary = Instant.parse("2024-01-31T23:59:59Z").getEpochSecond();
    assertThat(Granularity.MONTH.label(Granularity.MONTH.index(lastSecondOfJanuary)))
        .isEqualTo("2024-01");
    assertThat(Granularity.MONTH.label(Granularity.MONTH.index(lastSecondOfJanuary + 1)))
        .isEqualTo("2024-02");
    assertThat(Granularity.MONTH.index(-1L)).isEqualTo(-1);
  }

  @Test
  void convertsFinerPeriodsToCoarser() {
    int month = Granularity.month(YearMonth.of(2024, 8));
    assertThat(Granularity.QUARTER.label(Granularity.QUARTER.fromFiner(Granularity.MONTH, month)))
        .isEqualTo("2024-Q3");
    assertThat(Granularity.YEAR.fromFiner(Granularity.MONTH, month)).isEqualTo(54);
  }
}
