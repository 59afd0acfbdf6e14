package org.ossatlas.analytics.series;

import java.util.Objects;
import java.util.function.Function;
import tech.tablesaw.api.Table;
import tech.tablesaw.selection.Selection;

/**
 * One value computed per group by {@link Aggregate} or {@link TimeAggregation}: a count of rows, a
 * sum, a minimum, a maximum or a count of distinct values of a column, optionally over the rows a
 * filter selects. Missing cells are passed over.
 *
 * <p>{@link Kind#NEW_DISTINCT} counts, per period, the distinct values seen for the first time in
 * their group (new authors); only a {@link TimeAggregation} can compute it.
 */
public final class Measure {
  /** What a measure computes. */
  public enum Kind {
    COUNT,
    SUM,
    MIN,
    MAX,
    COUNT_DISTINCT,
    NEW_DISTINCT
  }

  private final Kind kind;
  private final String column;
  private final String name;
  private final Function<Table, Selection> filter;

  private Measure(Kind kind, String column, String name, Function<Table, Selection> filter) {
    this.kind = kind;
    this.column = column;
    this.name = name;
    this.filter = filter;
  }

  /** Rows per group. */
  public static Measure count() {
    return new Measure(Kind.COUNT, null, "count", null);
  }

  public static Measure sum(String column) {
    return new Measure(Kind.SUM, column, "sum_" + column, null);
  }

  public static Measure min(String column) {
    return new Measure(Kind.MIN, column, "min_" + column, null);
  }

  public static Measure max(String column) {
    return new Measure(Kind.MAX, column, "max_" + column, null);
  }

  /** Distinct values of an int column per group: a value in several member rows counts once. */
  public static Measure countDistinct(String column) {
    return new Measure(Kind.COUNT_DISTINCT, column, "distinct_" + column, null);
  }

  /** Distinct values of an int column counted in the period where their group first saw them. */
  public static Measure newDistinct(String column) {
    return new Measure(Kind.NEW_DISTINCT, column, "new_" + column, null);
  }

  /** The same measure, named {@code name} in the result. */
  public Measure as(String name) {
    return new Measure(kind, column, Objects.requireNonNull(name), filter);
  }

  /** The same measure over the rows {@code rows} selects (evaluated once on the input table). */
  public Measure where(Function<Table, Selection> rows) {
    return new Measure(kind, column, name, Objects.requireNonNull(rows));
  }

  public Kind kind() {
    return kind;
  }

  /** The source column, or null for {@link Kind#COUNT}. */
  public String column() {
    return column;
  }

  public String name() {
    return name;
  }

  /** The row filter, or null for every row. */
  public Function<Table, Selection> filter() {
    return filter;
  }

  @Override
  public String toString() {
    return name + " = " + kind + (column == null ? "" : "(" + column + ")");
  }
}
