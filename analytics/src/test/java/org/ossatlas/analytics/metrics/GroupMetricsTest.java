package org.ossatlas.analytics.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ossatlas.analytics.testing.CommitFixture.bot;
import static org.ossatlas.analytics.testing.CommitFixture.commit;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ossatlas.analytics.commits.CommitTable;
import org.ossatlas.analytics.series.Membership;
import org.ossatlas.analytics.series.TimeSeries;
import org.ossatlas.analytics.testing.CommitFixture;
import tech.tablesaw.api.Table;

class GroupMetricsTest {
  private static final List<String> PROJECTS = List.of("arrow", "duckdb", "polars");
  private static final Windows WINDOWS = new Windows(YearMonth.of(2024, 3));

  @TempDir Path dir;

  @Test
  void aCategoryCountsAnAuthorOfTwoOfItsProjectsOnce() {
    CommitTable commits =
        CommitFixture.load(
            dir,
            PROJECTS,
            List.of(
                commit("arrow", "alice", "2024-01-05T10:00:00Z"),
                commit("duckdb", "alice", "2024-01-06T10:00:00Z"),
                commit("duckdb", "bob", "2024-03-06T10:00:00Z"),
                bot("duckdb", "renovate[bot]", "2024-03-07T10:00:00Z"),
                commit("polars", "carol", "2024-02-06T10:00:00Z")));
    // "databases" has arrow directly and duckdb through a subcategory; "dataframes" has polars.
    Membership categories =
        Membership.of(
            PROJECTS,
            Map.of(
                "databases", List.of("arrow", "duckdb"),
                "dataframes", List.of("polars"),
                "storage", List.of()));
    EntityActivity activity = EntityActivity.of(commits.table(), categories, WINDOWS);

    Table metrics = MetricSuite.groups().compute(activity);

    assertThat(metrics.stringColumn("id").asList())
        .containsExactly("databases", "dataframes", "storage");
    assertThat(metrics.longColumn("commits").get(0)).isEqualTo(3L);
    assertThat(metrics.longColumn("authors").get(0)).isEqualTo(2L); // alice once, bob
    assertThat(metrics.longColumn("authors_12m").get(0)).isEqualTo(2L);
    assertThat(metrics.longColumn("bot_commits").get(0)).isEqualTo(1L);
    assertThat(metrics.longColumn("projects").asList()).containsExactly(2L, 1L, 0L);
    assertThat(metrics.longColumn("commits").isMissing(2)).isTrue();

    TimeSeries databases = activity.series().forKey(0);
    assertThat(databases.labels().asList()).containsExactly("2024-01", "2024-02", "2024-03");
    assertThat(databases.values("commits").asList()).containsExactly(2L, 0L, 1L);
    assertThat(databases.values("authors").asList()).containsExactly(1L, 0L, 1L);
    assertThat(databases.values("new_authors").asList()).containsExactly(1L, 0L, 1L);
    assertThat(databases.values("bot_commits").asList()).containsExactly(0L, 0L, 1L);
  }
}
