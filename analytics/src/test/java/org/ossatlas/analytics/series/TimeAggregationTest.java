package org.ossatlas.analytics.series;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.Table;

class TimeAggregationTest {

  private static long t(String iso) {
    return Instant.parse(iso).getEpochSecond();
  }

  /** Project 0: authors 1, 2 in January, 1 in March. Project 1: author 2 in February. */
  private static Table events() {
    return Table.create(
        "events",
        IntColumn.create("project", 0, 0, 0, 0, 1),
        IntColumn.create("author", 1, 2, 1, 1, 2),
        LongColumn.create(
            "time",
            t("2024-01-03T10:00:00Z"),
            t("2024-01-31T23:59:59Z"),
            t("2024-03-01T00:00:00Z"),
            t("2024-03-15T12:00:00Z"),
            t("2024-02-10T08:00:00Z")),
        IntColumn.create("additions", 10, 1, 2, 3, 4));
  }

  @Test
  void monthlyPerKeyWithGapsFilled() {
    TimeSeries s =
        TimeAggregation.fromInstants(events(), "time", Granularity.MONTH)
            .by("project")
            .measure(
                Measure.count().as("commits"),
                Measure.countDistinct("author").as("authors"),
                Measure.newDistinct("author").as("new_authors"),
                Measure.sum("additions").as("additions"))
            .run();

    TimeSeries p0 = s.forKey(0);
    assertThat(p0.labels().asList()).containsExactly("2024-01", "2024-02", "2024-03");
    assertThat(p0.values("commits").asList()).containsExactly(2L, 0L, 2L);
    assertThat(p0.values("authors").asList()).containsExactly(2L, 0L, 1L);
    assertThat(p0.values("new_authors").asList()).containsExactly(2L, 0L, 0L);
    assertThat(p0.values("additions").asList()).containsExactly(11L, 0L, 5L);
    TimeSeries p1 = s.forKey(1);
    assertThat(p1.labels().asList()).containsExactly("2024-02");
    assertThat(p1.values("new_authors").asList()).containsExactly(1L);
  }

  @Test
  void coarserGranularitiesCountDistinctValuesAgain() {
    TimeSeries quarterly =
        TimeAggregation.fromInstants(events(), "time", Granularity.QUARTER)
            .measure(Measure.count().as("commits"), Measure.countDistinct("author").as("authors"))
            .run();
    // All in 2024-Q1: 5 commits by 2 people (monthly distinct counts would sum to 4).
    assertThat(quarterly.labels().asList()).containsExactly("2024-Q1");
    assertThat(quarterly.values("commits").asList()).containsExactly(5L);
    assertThat(quarterly.values("authors").asList()).containsExactly(2L);

    TimeSeries weekly =
        TimeAggregation.fromInstants(events(), "time", Granularity.WEEK)
            .measure(Measure.count().as("commits"))
            .run();
    assertThat(weekly.labels().get(0)).isEqualTo("2024-W01");
    assertThat(weekly.rowCount()).isEqualTo(11); // W01 to W11, gaps filled
    assertThat(weekly.sum("commits")).isEqualTo(5);
  }

  @Test
  void aFixedRangeAndPrecomputedPeriods() {
    Table events = events();
    int[] months = new int[events.rowCount()];
    for (int i = 0; i < months.length; i++) {
      months[i] = Granularity.MONTH.index(events.longColumn("time").getLong(i));
    }
    events.addColumns(IntColumn.create("month", months));
    int dec = Granularity.month(YearMonth.of(2023, 12));

    TimeSeries s =
        TimeAggregation.fromPeriods(events, "month", Granularity.MONTH)
            .by("project")
            .measure(Measure.count().as("commits"))
            .range(dec, dec + 2)
            .run();

    assertThat(s.forKey(0).values("commits").asList()).containsExactly(0L, 2L, 0L);
    assertThat(s.forKey(1).values("commits").asList()).containsExactly(0L, 0L, 1L);
  }

  @Test
  void filteredMeasuresAndNewDistinctFollowTheirFilter() {
    Table events = events();
    TimeSeries s =
        TimeAggregation.fromInstants(events, "time", Granularity.MONTH)
            .measure(
                Measure.count().as("big").where(t -> t.intColumn("additions").isGreaterThan(2)),
                Measure.newDistinct("author")
                    .as("new_big")
                    .where(t -> t.intColumn("additions").isGreaterThan(2)))
            .run();
    assertThat(s.values("big").asList()).containsExactly(1L, 1L, 1L);
    // Author 1 is new in January, author 2's first big commit is in February.
    assertThat(s.values("new_big").asList()).containsExactly(1L, 1L, 0L);
  }
}
