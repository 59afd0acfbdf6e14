package org.ossatlas.analytics.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ossatlas.analytics.testing.CommitFixture.bot;
import static org.ossatlas.analytics.testing.CommitFixture.commit;
import static org.ossatlas.analytics.testing.CommitFixture.merge;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ossatlas.analytics.commits.CommitTable;
import org.ossatlas.analytics.series.Membership;
import org.ossatlas.analytics.series.TimeSeries;
import org.ossatlas.analytics.testing.CommitFixture;
import tech.tablesaw.api.Table;

/**
 * Project metrics on a small history with answers computed by hand. Windows with metrics_as_of
 * 2024-12: last 12 months 2024-01..2024-12, previous 12 months 2023-01..2023-12, dormant when no
 * human commit in 2024-07..2024-12.
 */
class ProjectMetricsTest {
  private static final List<String> PROJECTS = List.of("alpha", "beta", "delta", "empty", "gamma");
  private static final Windows WINDOWS = new Windows(YearMonth.of(2024, 12));

  @TempDir Path dir;
  private Table metrics;
  private EntityActivity activity;

  /** {@code count} commits by {@code author} in {@code month} (days 1, 2, ...). */
  private static List<String> commits(int count, String project, String author, String month) {
    List<String> rows = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      rows.add(commit(project, author, String.format("%s-%02dT12:00:00Z", month, i + 1)));
    }
    return rows;
  }

  @BeforeEach
  void compute() {
    List<String> rows = new ArrayList<>();
    // alpha, 2023: alice 4, bob 2, carol 2 (8 commits, 3 authors).
    rows.addAll(commits(4, "alpha", "alice", "2023-03"));
    rows.addAll(commits(2, "alpha", "bob", "2023-05"));
    rows.addAll(commits(2, "alpha", "carol", "2023-05"));
    // alpha, 2024: alice 6 (one a merge, one at a timezone edge), bob 3, dave 1; a bot commit.
    rows.addAll(commits(4, "alpha", "alice", "2024-01"));
    rows.add(merge("alpha", "alice", "2024-02-10T09:00:00Z"));
    rows.add(commit("alpha", "alice", "2024-01-31T23:30:00-02:00")); // 2024-02-01 UTC
    rows.addAll(commits(3, "alpha", "bob", "2024-11"));
    rows.addAll(commits(1, "alpha", "dave", "2024-12"));
    rows.add(bot("alpha", "dependabot[bot]", "2024-12-05T00:00:00Z"));
    // After metrics_as_of: not counted anywhere.
    rows.addAll(commits(5, "alpha", "erin", "2025-01"));
    // beta: 10 in 2023, 2 in 2024-05, nothing since: dormant (though also declining).
    rows.addAll(commits(10, "beta", "erin", "2023-03"));
    rows.addAll(commits(2, "beta", "erin", "2024-05"));
    // gamma: 10 and 10: steady. delta: 10 and 8 (= 0.8 × 10): declining.
    rows.addAll(commits(10, "gamma", "frank", "2023-06"));
    rows.addAll(commits(10, "gamma", "frank", "2024-10"));
    rows.addAll(commits(10, "delta", "gina", "2023-06"));
    rows.addAll(commits(8, "delta", "gina", "2024-12"));
    CommitTable table = CommitFixture.load(dir, PROJECTS, rows).upTo(WINDOWS.asOf());
    activity = EntityActivity.of(table.table(), Membership.identity(PROJECTS), WINDOWS);
    List<String> primary = Arrays.asList("tools", "tools", "tools", null, "tools");
    double[] pageRank = {0.2, 0.2, 0.2, 0.2, 0.2};
    metrics = MetricSuite.projects(primary, pageRank).compute(activity);
  }

  private Object value(String project, String metric) {
    int row = PROJECTS.indexOf(project);
    return metrics.column(metric).isMissing(row) ? null : metrics.column(metric).get(row);
  }

  @Test
  void totalsCountMergesAndLeaveBotsOutOfCommitsAndAuthors() {
    assertThat(value("alpha", "commits")).isEqualTo(18L);
    assertThat(value("alpha", "authors")).isEqualTo(4L);
    assertThat(value("alpha", "bot_commits")).isEqualTo(1L);
    assertThat(value("alpha", "additions")).isEqualTo(17L); // the merge adds 0
    assertThat(value("alpha", "first_commit")).isEqualTo("2023-03-01T12:00:00Z");
    assertThat(value("alpha", "last_commit")).isEqualTo("2024-12-01T12:00:00Z");
    assertThat(value("alpha", "active_months")).isEqualTo(6L); // 23-03, 23-05, 24-01, -02, -11, -12
    assertThat(value("alpha", "age_days")).isEqualTo(671L); // 2023-03-01T12:00 to 2025-01-01
  }

  @Test
  void windowsAndChange() {
    assertThat(value("alpha", "commits_12m")).isEqualTo(10L);
    assertThat(value("alpha", "authors_12m")).isEqualTo(3L);
    assertThat(value("alpha", "commits_prev_12m")).isEqualTo(8L);
    assertThat(value("alpha", "authors_prev_12m")).isEqualTo(3L);
    assertThat(value("alpha", "commits_12m_change")).isEqualTo(0.25);
    assertThat(value("delta", "commits_12m_change")).isEqualTo(-0.2);
  }

  @Test
  void trendThresholds() {
    assertThat(value("alpha", "trend")).isEqualTo("growing"); // 10 ≥ 1.2 × 8
    assertThat(value("gamma", "trend")).isEqualTo("steady");
    assertThat(value("delta", "trend")).isEqualTo("declining"); // 8 ≤ 0.8 × 10
    assertThat(value("beta", "trend")).isEqualTo("dormant"); // last commit 2024-05
    assertThat(value("empty", "trend")).isNull();
  }

  @Test
  void busFactorDistributionAndRetention() {
    // alice 6 of 10 is at least half.
    assertThat(value("alpha", "bus_factor")).isEqualTo(1L);
    assertThat(value("alpha", "distribution_score")).isEqualTo(0.4);
    // alice and bob of {alice, bob, carol} stayed.
    assertThat(value("alpha", "retention")).isEqualTo(0.6667);
    assertThat(value("gamma", "bus_factor")).isEqualTo(1L);
    assertThat(value("gamma", "distribution_score")).isEqualTo(0.0);
    assertThat(value("gamma", "retention")).isEqualTo(1.0);
  }

  @Test
  void rankInThePrimaryCategoryAndCentrality() {
    // commits_12m: alpha 10, gamma 10, delta 8, beta 2.
    assertThat(value("alpha", "rank_in_category")).isEqualTo(1L);
    assertThat(value("gamma", "rank_in_category")).isEqualTo(1L);
    assertThat(value("delta", "rank_in_category")).isEqualTo(3L);
    assertThat(value("beta", "rank_in_category")).isEqualTo(4L);
    assertThat(value("empty", "rank_in_category")).isNull();
    assertThat(value("empty", "centrality")).isEqualTo(1.0);
  }

  @Test
  void aProjectWithoutCommitsHasNoMetrics() {
    for (String metric : List.of("commits", "authors", "first_commit", "bus_factor", "age_days")) {
      assertThat(value("empty", metric)).as(metric).isNull();
    }
  }

  @Test
  void monthlySeriesWithNewAuthorsAndBotsApart() {
    TimeSeries alpha = activity.series().forKey(0);
    List<String> months = alpha.labels().asList();
    assertThat(months.get(0)).isEqualTo("2023-03");
    assertThat(months.get(months.size() - 1)).isEqualTo("2024-12");
    assertThat(months).hasSize(22); // gap-free
    int jan = months.indexOf("2024-01");
    int feb = months.indexOf("2024-02");
    int dec = months.indexOf("2024-12");
    assertThat(alpha.values("commits").get(jan)).isEqualTo(4L);
    assertThat(alpha.values("commits").get(feb)).isEqualTo(2L); // merge + timezone edge
    assertThat(alpha.values("commits").get(dec)).isEqualTo(1L);
    assertThat(alpha.values("bot_commits").get(dec)).isEqualTo(1L);
    assertThat(alpha.values("authors").get(dec)).isEqualTo(1L);
    assertThat(alpha.values("new_authors").asList())
        .containsExactly(
            1L, 0L, 2L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 1L);
    assertThat(alpha.sum("commits")).isEqualTo(18L);
  }
}
