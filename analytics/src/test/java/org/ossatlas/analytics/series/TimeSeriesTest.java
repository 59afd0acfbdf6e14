package org.ossatlas.analytics.series;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.Table;

class TimeSeriesTest {
  private static final int JAN = Granularity.month(YearMonth.of(2024, 1));

  /** Two keys; key 1 has nothing in February and March. */
  private static TimeSeries sparse() {
    Table t =
        Table.create(
            "s",
            IntColumn.create("project", 1, 2, 1, 2),
            IntColumn.create(TimeSeries.PERIOD, JAN, JAN + 1, JAN + 3, JAN + 2),
            LongColumn.create("commits", 4, 1, 6, 2));
    return TimeSeries.keyed(t, Granularity.MONTH, "project");
  }

  @Test
  void sortsByKeyThenPeriod() {
    TimeSeries s = sparse();
    assertThat(s.table().intColumn("project").asList()).containsExactly(1, 1, 2, 2);
    assertThat(s.labels().asList()).containsExactly("2024-01", "2024-04", "2024-02", "2024-03");
    assertThat(s.valueColumns()).containsExactly("commits");
  }

  @Test
  void fillingLeavesNoGapBetweenAKeysFirstAndLastPeriod() {
    TimeSeries filled = sparse().filled();

    TimeSeries one = filled.forKey(1);
    assertThat(one.labels().asList()).containsExactly("2024-01", "2024-02", "2024-03", "2024-04");
    assertThat(one.values("commits").asList()).containsExactly(4L, 0L, 0L, 6L);
    TimeSeries two = filled.forKey(2);
    assertThat(two.labels().asList()).containsExactly("2024-02", "2024-03");
    assertThat(two.values("commits").asList()).containsExactly(1L, 2L);
  }

  @Test
  void fillingToAFixedRangeExtendsAndCuts() {
    TimeSeries filled = sparse().filled(JAN + 1, JAN + 4);

    assertThat(filled.forKey(1).values("commits").asList()).containsExactly(0L, 0L, 6L, 0L);
    assertThat(filled.forKey(2).values("commits").asList()).containsExactly(1L, 2L, 0L, 0L);
    assertThatThrownBy(() -> sparse().filled(3, 2)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void betweenAndSum() {
    TimeSeries s = sparse();
    assertThat(s.between(JAN + 1, JAN + 2).sum("commits")).isEqualTo(3);
    assertThat(s.sum("commits")).isEqualTo(13);
  }

  @Test
  void rollsAdditiveValuesUpToQuarters() {
    TimeSeries quarterly = sparse().filled().rollUp(Granularity.QUARTER);

    assertThat(quarterly.granularity()).isEqualTo(Granularity.QUARTER);
    assertThat(quarterly.table().intColumn("project").asList()).containsExactly(1, 1, 2);
    assertThat(quarterly.labels().asList()).containsExactly("2024-Q1", "2024-Q2", "2024-Q1");
    assertThat(quarterly.values("commits").asList()).containsExactly(4L, 6L, 3L);
  }

  @Test
  void anUnkeyedSeries() {
    Table t =
        Table.create(
            "one", IntColumn.create(TimeSeries.PERIOD, JAN + 2, JAN), LongColumn.create("v", 5, 3));
    TimeSeries s = TimeSeries.of(t, Granularity.MONTH).filled();
    assertThat(s.keyColumn()).isEmpty();
    assertThat(s.values("v").asList()).containsExactly(3L, 0L, 5L);
  }

  @Test
  void valuesMustBeLongs() {
    Table t = Table.create("bad", IntColumn.create(TimeSeries.PERIOD, 1), IntColumn.create("v", 1));
    assertThatThrownBy(() -> TimeSeries.of(t, Granularity.MONTH))
        .hasMessageContaining("must be LONG");
  }
}
