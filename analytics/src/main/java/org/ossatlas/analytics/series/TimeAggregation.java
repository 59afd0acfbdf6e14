package org.ossatlas.analytics.series;

import it.unimi.dsi.fastutil.longs.Long2LongOpenHashMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;
import tech.tablesaw.selection.Selection;

/**
 * Events (one row per commit) to a {@link TimeSeries}: rows are put in periods of a {@link
 * Granularity}, grouped by an optional key, measured, and the empty periods between a key's first
 * and last are filled with zeros so that charts have no gaps.
 *
 * <pre>{@code
 * TimeSeries monthly = TimeAggregation.fromInstants(commits, "time", Granularity.MONTH)
 *     .by("project")
 *     .measure(Measure.count().as("commits"), Measure.countDistinct("author").as("authors"))
 *     .run();
 * }</pre>
 */
public final class TimeAggregation {
  private final Table events;
  private final String timeColumn;
  private final boolean timeIsPeriod;
  private final Granularity granularity;
  private final List<Measure> measures = new ArrayList<>();
  private String key;
  private Membership membership;
  private String groupName;
  private Selection rows;
  private int from = Integer.MIN_VALUE;
  private int to = Integer.MAX_VALUE;

  private TimeAggregation(
      Table events, String timeColumn, boolean timeIsPeriod, Granularity granularity) {
    this.events = Objects.requireNonNull(events);
    this.timeColumn = timeColumn;
    this.timeIsPeriod = timeIsPeriod;
    this.granularity = granularity;
  }

  /** Events timed by a long column of seconds since the epoch (UTC). */
  public static TimeAggregation fromInstants(Table events, String epochSeconds, Granularity g) {
    return new TimeAggregation(events, epochSeconds, false, g);
  }

  /** Events whose int column already holds period numbers of {@code g} (saves the conversion). */
  public static TimeAggregation fromPeriods(Table events, String periods, Granularity g) {
    return new TimeAggregation(events, periods, true, g);
  }

  /** One series per value of int column {@code keyColumn}. */
  public TimeAggregation by(String keyColumn) {
    this.key = keyColumn;
    return this;
  }

  /**
   * One series per group of {@code groups}, whose members are the values of {@code keyColumn}; the
   * result's key column is {@code name}. A distinct value seen in two members of a group counts
   * once for the group.
   */
  public TimeAggregation by(String keyColumn, Membership groups, String name) {
    this.key = keyColumn;
    this.membership = groups;
    this.groupName = name;
    return this;
  }

  public TimeAggregation where(Selection selection) {
    this.rows = selection;
    return this;
  }

  public TimeAggregation measure(Measure... more) {
    measures.addAll(List.of(more));
    return this;
  }

  /** Every series covers periods {@code [first, last]}, instead of its own first to last. */
  public TimeAggregation range(int first, int last) {
    this.from = first;
    this.to = last;
    return this;
  }

  public TimeSeries run() {
    Table table = withPeriods();
    String outKey = membership == null ? key : groupName;
    Aggregate aggregate = Aggregate.of(table).where(rows);
    if (key != null) {
      aggregate.by(key, TimeSeries.PERIOD);
    } else {
      aggregate.by(TimeSeries.PERIOD);
    }
    if (membership != null) {
      aggregate.mapping(key, membership, groupName);
    }
    List<Measure> news = new ArrayList<>();
    for (Measure m : measures) {
      if (m.kind() == Measure.Kind.NEW_DISTINCT) {
        news.add(m);
      } else {
        aggregate.measure(m);
      }
    }
    if (measures.isEmpty() || news.size() == measures.size()) {
      aggregate.measure(Measure.count().as("_rows"));
    }
    Table result = aggregate.run();
    for (Measure m : news) {
      result.addColumns(newDistinct(table, m, result, outKey));
    }
    if (result.columnNames().contains("_rows")) {
      result.removeColumns("_rows");
    }
    TimeSeries series =
        outKey == null
            ? TimeSeries.of(result, granularity)
            : TimeSeries.keyed(result, granularity, outKey);
    if (from == Integer.MIN_VALUE) {
      return series.filled();
    }
    return series.filled(from, to);
  }

  /** The events with a {@value TimeSeries#PERIOD} column (a copy of the column list, not rows). */
  private Table withPeriods() {
    Table table = Table.create(events.name());
    for (Column<?> c : events.columns()) {
      if (!c.name().equals(TimeSeries.PERIOD)) {
        table.addColumns(c);
      }
    }
    if (timeIsPeriod) {
      IntColumn periods = events.intColumn(timeColumn).copy();
      table.addColumns(periods.setName(TimeSeries.PERIOD));
      return table;
    }
    LongColumn times = events.longColumn(timeColumn);
    int[] periods = new int[times.size()];
    IntColumn column = IntColumn.create(TimeSeries.PERIOD, periods);
    for (int i = 0; i < periods.length; i++) {
      if (times.isMissing(i)) {
        column.setMissing(i);
      } else {
        column.set(i, granularity.index(times.getLong(i)));
      }
    }
    table.addColumns(column);
    return table;
  }

  /**
   * New distinct values per (key, period): first the period each (key, value) first appears in,
   * then how many values first appear in each period, aligned with the rows of {@code result}.
   */
  private LongColumn newDistinct(Table table, Measure m, Table result, String outKey) {
    Aggregate firsts = Aggregate.of(table).where(rows);
    if (key != null) {
      firsts.by(key, m.column());
    } else {
      firsts.by(m.column());
    }
    if (membership != null) {
      firsts.mapping(key, membership, groupName);
    }
    Measure first = Measure.min(TimeSeries.PERIOD).as("first");
    if (m.filter() != null) {
      first = first.where(m.filter());
    }
    Table firstSeen = firsts.measure(first).run();
    firstSeen = firstSeen.where(firstSeen.longColumn("first").isNotMissing());
    Long2LongOpenHashMap counts = new Long2LongOpenHashMap();
    LongColumn firstPeriods = firstSeen.longColumn("first");
    for (int i = 0; i < firstSeen.rowCount(); i++) {
      int k = outKey == null ? 0 : firstSeen.intColumn(outKey).getInt(i);
      counts.addTo(cell(k, (int) firstPeriods.getLong(i)), 1);
    }
    IntColumn periods = result.intColumn(TimeSeries.PERIOD);
    long[] values = new long[result.rowCount()];
    for (int i = 0; i < values.length; i++) {
      int k = outKey == null ? 0 : result.intColumn(outKey).getInt(i);
      values[i] = counts.get(cell(k, periods.getInt(i)));
    }
    return LongColumn.create(m.name(), values);
  }

  private static long cell(int key, int period) {
    return ((long) key << 32) | (period & 0xffffffffL);
  }
}
