package org.ossatlas.common.commits;

import java.time.Instant;

/**
 * One row of the commit table as compaction writes it. Times are seconds since the epoch, {@link
 * #UNKNOWN_TIME} when the source gave none; counts are {@link #UNKNOWN_COUNT} when unknown (an
 * empty cell).
 */
public record CommitTableRow(
    String project,
    String sha,
    String authorKey,
    long authorTime,
    String committerKey,
    long committerTime,
    int additions,
    int deletions,
    int filesChanged,
    boolean merge,
    boolean bot) {
  public static final long UNKNOWN_TIME = Long.MIN_VALUE;
  public static final int UNKNOWN_COUNT = -1;

  /** Appends the row as one CSV line with its newline; no cell of the table ever needs quotes. */
  public StringBuilder appendTo(StringBuilder csv) {
    csv.append(project).append(',').append(sha).append(',').append(authorKey).append(',');
    time(csv, authorTime).append(',').append(committerKey).append(',');
    time(csv, committerTime).append(',');
    count(csv, additions).append(',');
    count(csv, deletions).append(',');
    count(csv, filesChanged).append(',');
    return csv.append(merge).append(',').append(bot).append('\n');
  }

  private static StringBuilder time(StringBuilder csv, long epochSeconds) {
    return epochSeconds == UNKNOWN_TIME ? csv : csv.append(Instant.ofEpochSecond(epochSeconds));
  }

  private static StringBuilder count(StringBuilder csv, int value) {
    return value < 0 ? csv : csv.append(value);
  }
}
