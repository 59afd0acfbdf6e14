package org.ossatlas.site.model;

import java.util.Collections;
import java.util.LinkedHashMap;
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
    Long projects,
    Map<String, Object> byProperty) {

  public static final Metrics NONE = from(Map.of());

  /**
   * Reads the computed properties from a node's property map; missing ones stay null. Each
   * property's name is written here once: {@link #value} answers from what this read.
   */
  public static Metrics from(Map<String, Object> props) {
    Read r = new Read(props);
    return new Metrics(
        r.count("commits"),
        r.count("authors"),
        r.count("bot_commits"),
        r.count("additions"),
        r.count("deletions"),
        r.text("first_commit"),
        r.text("last_commit"),
        r.count("active_months"),
        r.count("commits_12m"),
        r.count("authors_12m"),
        r.count("commits_prev_12m"),
        r.count("authors_prev_12m"),
        r.decimal("commits_12m_change"),
        r.texts("series_months"),
        r.counts("series_commits"),
        r.counts("series_authors"),
        r.text("metrics_as_of"),
        r.count("age_days"),
        r.text("trend"),
        r.count("bus_factor"),
        r.decimal("distribution_score"),
        r.decimal("retention"),
        r.count("rank_in_category"),
        r.decimal("centrality"),
        r.count("projects"),
        Collections.unmodifiableMap(r.read));
  }

  /** True once {@code analyze} has written activity for this node. */
  public boolean hasActivity() {
    return commits != null;
  }

  /** The value of a graph property by its snake_case name, as read, or null; for metric tables. */
  public Object value(String property) {
    return byProperty.get(property);
  }

  /** Commits in {@code month} (YYYY-MM) from the monthly series, 0 when outside it. */
  public long commitsIn(String month) {
    if (seriesMonths == null || seriesCommits == null) {
      return 0;
    }
    int i = seriesMonths.indexOf(month);
    return i < 0 || i >= seriesCommits.size() ? 0 : seriesCommits.get(i);
  }

  /** Reads typed values from a property map and remembers them by name. */
  private static final class Read {
    final Map<String, Object> props;
    final Map<String, Object> read = new LinkedHashMap<>();

    Read(Map<String, Object> props) {
      this.props = props;
    }

    Long count(String key) {
      return keep(key, props.get(key) instanceof Number n ? n.longValue() : null);
    }

    Double decimal(String key) {
      return keep(key, props.get(key) instanceof Number n ? n.doubleValue() : null);
    }

    String text(String key) {
      Object v = props.get(key);
      return keep(key, v == null ? null : v.toString());
    }

    List<String> texts(String key) {
      return keep(
          key,
          props.get(key) instanceof List<?> list
              ? list.stream().map(String::valueOf).toList()
              : null);
    }

    List<Long> counts(String key) {
      return keep(
          key,
          props.get(key) instanceof List<?> list
              ? list.stream().map(v -> v instanceof Number n ? n.longValue() : 0L).toList()
              : null);
    }

    private <T> T keep(String key, T value) {
      if (value != null) {
        read.put(key, value);
      }
      return value;
    }
  }
}
