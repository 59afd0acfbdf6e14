package org.ossatlas.analytics.series;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * A Tablesaw table keyed by time: an int {@value #PERIOD} column numbered by a {@link Granularity},
 * optionally preceded by a key column (one series per project, category...), then long value
 * columns. Rows are sorted by key and period. {@link #filled} makes it gap-free, so that charts and
 * list properties have one value per period.
 */
public final class TimeSeries {
  public static final String PERIOD = "period";

  private final Table table;
  private final Granularity granularity;
  private final String key;

  private TimeSeries(Table table, Granularity granularity, String key) {
    this.table = table;
    this.granularity = granularity;
    this.key = key;
    if (!table.columnNames().contains(PERIOD)) {
      throw new IllegalArgumentException("a time series needs a column named " + PERIOD);
    }
    for (String value : valueColumns()) {
      if (!(table.column(value) instanceof LongColumn)) {
        throw new IllegalArgumentException("value column " + value + " must be LONG");
      }
    }
  }

  /** One series: {@code table} has a period column and value columns. */
  public static TimeSeries of(Table table, Granularity granularity) {
    return new TimeSeries(table.sortOn(PERIOD), granularity, null);
  }

  /** One series per value of int column {@code keyColumn}. */
  public static TimeSeries keyed(Table table, Granularity granularity, String keyColumn) {
    return new TimeSeries(table.sortOn(keyColumn, PERIOD), granularity, keyColumn);
  }

  public Table table() {
    return table;
  }

  public Granularity granularity() {
    return granularity;
  }

  public Optional<String> keyColumn() {
    return Optional.ofNullable(key);
  }

  public IntColumn periods() {
    return table.intColumn(PERIOD);
  }

  public LongColumn values(String column) {
    return table.longColumn(column);
  }

  /** The value columns, in table order. */
  public List<String> valueColumns() {
    List<String> names = new ArrayList<>(table.columnNames());
    names.remove(PERIOD);
    if (key != null) {
      names.remove(key);
    }
    return names;
  }

  /** The periods as written in files: {@code 2024-03} for months. */
  public StringColumn labels() {
    IntColumn periods = periods();
    String[] labels = new String[periods.size()];
    for (int i = 0; i < labels.length; i++) {
      labels[i] = granularity.label(periods.getInt(i));
    }
    return StringColumn.create("label", labels);
  }

  public int rowCount() {
    return table.rowCount();
  }

  /** The rows of one key. */
  public TimeSeries forKey(int value) {
    requireKey();
    return new TimeSeries(table.where(table.intColumn(key).isEqualTo(value)), granularity, key);
  }

  /** The series of each key, in key order (one pass over the sorted rows). */
  public Map<Integer, TimeSeries> byKey() {
    requireKey();
    Map<Integer, TimeSeries> split = new LinkedHashMap<>();
    IntColumn keys = table.intColumn(key);
    int n = table.rowCount();
    int row = 0;
    while (row < n) {
      int end = row;
      while (end < n && keys.getInt(end) == keys.getInt(row)) {
        end++;
      }
      split.put(keys.getInt(row), new TimeSeries(table.inRange(row, end), granularity, key));
      row = end;
    }
    return split;
  }

  /** The rows with a period in {@code [from, to]}. */
  public TimeSeries between(int from, int to) {
    return new TimeSeries(table.where(periods().isBetweenInclusive(from, to)), granularity, key);
  }

  /** Sum of a value column (over every key). */
  public long sum(String column) {
    return (long) values(column).sum();
  }

  /**
   * Gap-free: every key has one row per period from its first to its last, missing values are 0.
   */
  public TimeSeries filled() {
    return fill(Integer.MIN_VALUE, Integer.MAX_VALUE);
  }

  /** Every key has one row per period in {@code [from, to]}; rows outside are dropped. */
  public TimeSeries filled(int from, int to) {
    if (from > to) {
      throw new IllegalArgumentException("empty range " + from + ".." + to);
    }
    return fill(from, to);
  }

  /**
   * The same series at a coarser granularity, by summing: valid for additive values (commits,
   * lines), not for distinct counts (an author active in two months is one author in the quarter):
   * compute those again from the events with {@link TimeAggregation}.
   */
  public TimeSeries rollUp(Granularity coarser) {
    IntColumn periods = periods();
    int[] coarse = new int[periods.size()];
    for (int i = 0; i < coarse.length; i++) {
      coarse[i] = coarser.fromFiner(granularity, periods.getInt(i));
    }
    Table copy = table.copy();
    copy.replaceColumn(PERIOD, IntColumn.create(PERIOD, coarse));
    Aggregate aggregate = Aggregate.of(copy);
    if (key != null) {
      aggregate.by(key, PERIOD);
    } else {
      aggregate.by(PERIOD);
    }
    for (String value : valueColumns()) {
      aggregate.measure(Measure.sum(value).as(value));
    }
    Table rolled = aggregate.run();
    return key == null ? of(rolled, coarser) : keyed(rolled, coarser, key);
  }

  private TimeSeries fill(int from, int to) {
    IntColumn keys = key == null ? null : table.intColumn(key);
    IntColumn periods = periods();
    List<String> valueNames = valueColumns();
    List<LongColumn> sources = valueNames.stream().map(this::values).toList();
    IntColumn outKeys = key == null ? null : IntColumn.create(key);
    IntColumn outPeriods = IntColumn.create(PERIOD);
    List<LongColumn> outValues = valueNames.stream().map(LongColumn::create).toList();
    int n = table.rowCount();
    int row = 0;
    while (row < n) {
      int end = row;
      while (end < n && (keys == null || keys.getInt(end) == keys.getInt(row))) {
        end++;
      }
      int first = from == Integer.MIN_VALUE ? periods.getInt(row) : from;
      int last = to == Integer.MAX_VALUE ? periods.getInt(end - 1) : to;
      int r = row;
      for (int p = first; p <= last; p++) {
        while (r < end && periods.getInt(r) < p) {
          r++;
        }
        boolean present = r < end && periods.getInt(r) == p;
        if (outKeys != null) {
          outKeys.append(keys.getInt(row));
        }
        outPeriods.append(p);
        for (int v = 0; v < sources.size(); v++) {
          LongColumn source = sources.get(v);
          outValues.get(v).append(present && !source.isMissing(r) ? source.getLong(r) : 0L);
        }
      }
      row = end;
    }
    Table filled = Table.create(table.name());
    if (outKeys != null) {
      filled.addColumns(outKeys);
    }
    filled.addColumns(outPeriods);
    filled.addColumns(outValues.toArray(new Column<?>[0]));
    return new TimeSeries(filled, granularity, key);
  }

  private void requireKey() {
    if (key == null) {
      throw new IllegalStateException("this series has no key column");
    }
  }

  @Override
  public String toString() {
    return granularity + " series " + table.shape();
  }
}
