package org.ossatlas.site.model;

import java.util.List;
import java.util.Map;

/**
 * The computed properties of a node as docs/graph.md names them, every one absent ({@code null})
 * until {@code analyze} has run: pages show "no activity data yet" instead of numbers then.
 */
public record Metrics(
    Long commits,
    Long authors,
    Long botCommits,
    Long additions,
    Long deletions,
    String firstCommit,
    String lastCommit,
    Long activeMonths,
    Long commits12m,
    Long authors12m,
    Long commitsPrev12m,
    Long authorsPrev12m,
    Double commits12mChange,
    List<String> seriesMonths,
    List<Long> seriesCommits,
    List<Long> seriesAuthors,
    String asOf,
    Long ageDays,
    String trend,
    Long busFactor,
    Double distributionScore,
    Double retention,
    Long rankInCategory,
    Double centrality,
    Long projects) {

  public static final Metrics NONE = from(Map.of());

  /** Reads the computed properties from a node's property map; missing ones stay null. */
  public static Metrics from(Map<String, Object> props) {
    return new Metrics(
        count(props, "commits"),
        count(props, "authors"),
        count(props, "bot_commits"),
        count(props, "additions"),
        count(props, "deletions"),
        text(props, "first_commit"),
        text(props, "last_commit"),
        count(props, "active_months"),
        count(props, "commits_12m"),
        count(props, "authors_12m"),
        count(props, "commits_prev_12m"),
        count(props, "authors_prev_12m"),
        decimal(props, "commits_12m_change"),
        texts(props, "series_months"),
        counts(props, "series_commits"),
        counts(props, "series_authors"),
        text(props, "metrics_as_of"),
        count(props, "age_days"),
        text(props, "trend"),
        count(props, "bus_factor"),
        decimal(props, "distribution_score"),
        decimal(props, "retention"),
        count(props, "rank_in_category"),
        decimal(props, "centrality"),
        count(props, "projects"));
  }

  /** True once {@code analyze} has written activity for this node. */
  public boolean hasActivity() {
    return commits != null;
  }

  /** The raw value of a graph property by its snake_case name, or null; for metric tables. */
  public Object value(String property) {
    return switch (property) {
      case "commits" -> commits;
      case "authors" -> authors;
      case "bot_commits" -> botCommits;
      case "additions" -> additions;
      case "deletions" -> deletions;
      case "first_commit" -> firstCommit;
      case "last_commit" -> lastCommit;
      case "active_months" -> activeMonths;
      case "commits_12m" -> commits12m;
      case "authors_12m" -> authors12m;
      case "commits_prev_12m" -> commitsPrev12m;
      case "authors_prev_12m" -> authorsPrev12m;
      case "commits_12m_change" -> commits12mChange;
      case "metrics_as_of" -> asOf;
      case "age_days" -> ageDays;
      case "trend" -> trend;
      case "bus_factor" -> busFactor;
      case "distribution_score" -> distributionScore;
      case "retention" -> retention;
      case "rank_in_category" -> rankInCategory;
      case "centrality" -> centrality;
      case "projects" -> projects;
      default -> null;
    };
  }

  /** Commits in {@code month} (YYYY-MM) from the monthly series, 0 when outside it. */
  public long commitsIn(String month) {
    if (seriesMonths == null || seriesCommits == null) {
      return 0;
    }
    int i = seriesMonths.indexOf(month);
    return i < 0 || i >= seriesCommits.size() ? 0 : seriesCommits.get(i);
  }

  private static Long count(Map<String, Object> props, String key) {
    return props.get(key) instanceof Number n ? n.longValue() : null;
  }

  private static Double decimal(Map<String, Object> props, String key) {
    return props.get(key) instanceof Number n ? n.doubleValue() : null;
  }

  private static String text(Map<String, Object> props, String key) {
    Object v = props.get(key);
    return v == null ? null : v.toString();
  }

  private static List<String> texts(Map<String, Object> props, String key) {
    return props.get(key) instanceof List<?> list
        ? list.stream().map(String::valueOf).toList()
        : null;
  }

  private static List<Long> counts(Map<String, Object> props, String key) {
    return props.get(key) instanceof List<?> list
        ? list.stream().map(v -> v instanceof Number n ? n.longValue() : 0L).toList()
        : null;
  }
}
