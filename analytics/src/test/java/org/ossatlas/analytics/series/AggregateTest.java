package org.ossatlas.analytics.series;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.Table;

class AggregateTest {

  /** project, author, additions (one missing), time. */
  private static Table commits() {
    IntColumn additions = IntColumn.create("additions", 10, 20, 5, 7, 0);
    additions.setMissing(4);
    return Table.create(
        "commits",
        IntColumn.create("project", 1, 0, 1, 1, 0),
        IntColumn.create("author", 7, 7, 8, 7, 9),
        additions,
        LongColumn.create("time", 500, 100, 300, 400, 200));
  }

  @Test
  void groupsSortedByKeyWithEveryKindOfMeasure() {
    Table result =
        Aggregate.of(commits())
            .by("project")
            .measure(
                Measure.count().as("commits"),
                Measure.countDistinct("author").as("authors"),
                Measure.sum("additions").as("additions"),
                Measure.min("time").as("first"),
                Measure.max("time").as("last"))
            .run();

    assertThat(result.columnNames())
        .containsExactly("project", "commits", "authors", "additions", "first", "last");
    assertThat(result.intColumn("project").asList()).containsExactly(0, 1);
    assertThat(result.longColumn("commits").asList()).containsExactly(2L, 3L);
    assertThat(result.longColumn("authors").asList()).containsExactly(2L, 2L);
    assertThat(result.longColumn("additions").asList()).containsExactly(20L, 22L);
    assertThat(result.longColumn("first").asList()).containsExactly(100L, 300L);
    assertThat(result.longColumn("last").asList()).containsExactly(200L, 500L);
  }

  @Test
  void severalKeysAndFilteredMeasures() {
    Table t = commits();
    Table result =
        Aggregate.of(t)
            .by("project", "author")
            .measure(
                Measure.count().as("all"),
                Measure.count().as("late").where(x -> x.longColumn("time").isGreaterThan(350)))
            .run();

    assertThat(result.rowCount()).isEqualTo(4);
    assertThat(result.intColumn("project").asList()).containsExactly(0, 0, 1, 1);
    assertThat(result.intColumn("author").asList()).containsExactly(7, 9, 7, 8);
    assertThat(result.longColumn("all").asList()).containsExactly(1L, 1L, 2L, 1L);
    assertThat(result.longColumn("late").asList()).containsExactly(0L, 0L, 2L, 0L);
  }

  @Test
  void whereLimitsTheRowsAndMissingKeysArePassedOver() {
    Table t = commits();
    t.intColumn("author").setMissing(0);
    Table result =
        Aggregate.of(t)
            .by("author")
            .where(t.intColumn("project").isEqualTo(1))
            .measure(Measure.count().as("n"))
            .run();

    assertThat(result.intColumn("author").asList()).containsExactly(7, 8);
    assertThat(result.longColumn("n").asList()).containsExactly(1L, 1L);
  }

  @Test
  void aMappedKeyCountsARowForEachGroupAndDistinctOverTheUnion() {
    // Members 0 and 1 are both in group "all"; only 1 is in group "one".
    Membership groups =
        Membership.of(
            List.of("p0", "p1"), Map.of("all", List.of("p0", "p1"), "one", List.of("p1")));
    Table result =
        Aggregate.of(commits())
            .by("project")
            .mapping("project", groups, "group")
            .measure(Measure.count().as("commits"), Measure.countDistinct("author").as("authors"))
            .run();

    assertThat(result.columnNames()).containsExactly("group", "commits", "authors");
    assertThat(result.intColumn("group").asList()).containsExactly(0, 1);
    assertThat(groups.groupIds()).containsExactly("all", "one");
    // Author 7 committed to both projects: one author of "all", not two.
    assertThat(result.longColumn("commits").asList()).containsExactly(5L, 3L);
    assertThat(result.longColumn("authors").asList()).containsExactly(3L, 2L);
  }

  @Test
  void negativeKeysAndAnEmptyTable() {
    Table t = Table.create("t", IntColumn.create("k", -5, 3, -5), IntColumn.create("v", 1, 2, 3));
    Table result = Aggregate.of(t).by("k").measure(Measure.sum("v").as("s")).run();
    assertThat(result.intColumn("k").asList()).containsExactly(-5, 3);
    assertThat(result.longColumn("s").asList()).containsExactly(4L, 2L);

    Table empty = Table.create("e", IntColumn.create("k"), IntColumn.create("v"));
    assertThat(Aggregate.of(empty).by("k").measure(Measure.count()).run().rowCount()).isZero();
  }

  @Test
  void refusesWhatItCannotCompute() {
    assertThatThrownBy(() -> Aggregate.of(commits()).measure(Measure.newDistinct("author")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("TimeAggregation");
    assertThatThrownBy(() -> Aggregate.of(commits()).measure(Measure.count()).run())
        .isInstanceOf(IllegalArgumentException.class);
  }
}
