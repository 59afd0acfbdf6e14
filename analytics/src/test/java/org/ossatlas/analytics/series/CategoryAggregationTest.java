package org.ossatlas.analytics.series;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.Table;

class CategoryAggregationTest {
  private static final int JAN = Granularity.month(YearMonth.of(2024, 1));
  private static final List<String> PROJECTS = List.of("arrow", "duckdb", "polars");

  /** Alice (1) commits to arrow and duckdb in January; Bob (2) to polars; Carol (3) to duckdb. */
  private static Table events() {
    return Table.create(
        "events",
        IntColumn.create("project", 0, 1, 1, 2, 1),
        IntColumn.create("author", 1, 1, 3, 2, 1),
        IntColumn.create("month", JAN, JAN, JAN, JAN, JAN + 1));
  }

  private static Membership categories() {
    // "databases" holds duckdb and its subcategory's arrow; "dataframes" holds polars and arrow.
    return Membership.of(
        PROJECTS,
        Map.of(
            "databases", List.of("duckdb", "arrow"),
            "dataframes", List.of("polars", "arrow"),
            "empty", List.of("not-harvested")));
  }

  @Test
  void anAuthorInTwoProjectsOfACategoryCountsOnce() {
    TimeSeries s =
        CategoryAggregation.monthly(events(), "month", "project", categories())
            .measure(
                Measure.count().as("commits"),
                Measure.countDistinct("author").as("authors"),
                Measure.newDistinct("author").as("new_authors"))
            .run();

    assertThat(categories().groupIds()).containsExactly("databases", "dataframes", "empty");
    TimeSeries databases = s.forKey(0);
    assertThat(databases.values("commits").asList()).containsExactly(3L, 1L);
    // Alice and Carol, not Alice twice; in February Alice is not new.
    assertThat(databases.values("authors").asList()).containsExactly(2L, 1L);
    assertThat(databases.values("new_authors").asList()).containsExactly(2L, 0L);
    TimeSeries dataframes = s.forKey(1);
    assertThat(dataframes.values("commits").asList()).containsExactly(2L);
    assertThat(dataframes.values("authors").asList()).containsExactly(2L);
    // A group without harvested members has no series.
    assertThat(s.table().intColumn(CategoryAggregation.GROUP).asSet()).containsOnly(0, 1);
  }

  @Test
  void totalsFollowTheSameRule() {
    Table totals =
        CategoryAggregation.totals(events(), "project", categories())
            .measure(Measure.countDistinct("author").as("authors"), Measure.count().as("commits"))
            .run();
    assertThat(totals.longColumn("authors").asList()).containsExactly(2L, 2L);
    assertThat(totals.longColumn("commits").asList()).containsExactly(4L, 2L);
  }

  @Test
  void membershipNumbersMembersAndGroups() {
    Membership m = categories();
    assertThat(m.groupsOf(0)).containsExactly(0, 1); // arrow
    assertThat(m.groupsOf(2)).containsExactly(1); // polars
    assertThat(m.membersOf(0)).containsExactly(0, 1);
    assertThat(m.membersOf(2)).isEmpty();
    assertThat(m.groupsOf(99)).isEmpty();
    Membership self = Membership.identity(PROJECTS);
    assertThat(self.groupsOf(1)).containsExactly(1);
    assertThat(self.groupIds()).isEqualTo(PROJECTS);
  }
}
