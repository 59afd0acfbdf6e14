package org.ossatlas.analytics.series;

import tech.tablesaw.api.Table;

/**
 * Series per group of projects (a category with its subcategories, a backer) computed from the
 * events of the member projects, not from their series: a count of distinct values (authors) is
 * distinct over the union of the members, so that a person active in two projects of a category is
 * one author of it, while additive values (commits) are the sum over its distinct members.
 */
public final class CategoryAggregation {
  /** The key column of the resulting series. */
  public static final String GROUP = "group";

  private CategoryAggregation() {}

  /**
   * A time aggregation of {@code events} whose int column {@code memberColumn} holds member numbers
   * of {@code groups}; add measures and run it. Its series are keyed by {@value #GROUP}.
   */
  public static TimeAggregation monthly(
      Table events, String monthColumn, String memberColumn, Membership groups) {
    return TimeAggregation.fromPeriods(events, monthColumn, Granularity.MONTH)
        .by(memberColumn, groups, GROUP);
  }

  /** The same for events timed in seconds since the epoch, at any granularity. */
  public static TimeAggregation of(
      Table events,
      String epochSeconds,
      Granularity granularity,
      String memberColumn,
      Membership groups) {
    return TimeAggregation.fromInstants(events, epochSeconds, granularity)
        .by(memberColumn, groups, GROUP);
  }

  /** Per-group totals (no time axis) under the same union rule. */
  public static Aggregate totals(Table events, String memberColumn, Membership groups) {
    return Aggregate.of(events).by(memberColumn).mapping(memberColumn, groups, GROUP);
  }
}
