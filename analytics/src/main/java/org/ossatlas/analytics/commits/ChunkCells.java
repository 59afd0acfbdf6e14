package org.ossatlas.analytics.commits;

import it.unimi.dsi.fastutil.longs.Long2IntOpenHashMap;
import it.unimi.dsi.fastutil.longs.LongArrayList;
import it.unimi.dsi.fastutil.objects.Object2IntOpenHashMap;
import java.util.ArrayList;
import java.util.List;
import org.ossatlas.analytics.series.Granularity;
import org.ossatlas.common.commits.CommitChunk;
import org.ossatlas.common.commits.CommitCursor;
import org.ossatlas.common.commits.CommitTableRow;

/**
 * One {@link CommitChunk} reduced on a worker thread to (month, author) cells, with authors
 * numbered locally in order of first appearance ({@link #authorKeys}); the merger renumbers them
 * for the whole atlas. This is where the parallel part of reading happens: parsing the cells and
 * hashing the rows.
 */
final class ChunkCells {
  final int project;
  final List<String> authorKeys = new ArrayList<>();
  final LongArrayList keys = new LongArrayList(); // (month, local author) per cell
  final LongArrayList commits = new LongArrayList();
  final LongArrayList additions = new LongArrayList();
  final LongArrayList deletions = new LongArrayList();
  final LongArrayList first = new LongArrayList();
  final LongArrayList last = new LongArrayList();
  long rowsWithoutTime;
  long latest = Long.MIN_VALUE;

  private ChunkCells(int project) {
    this.project = project;
  }

  /**
   * @param freshLimit author or committer times after this are bad clocks, not freshness
   */
  static ChunkCells reduce(int project, CommitChunk chunk, CommitCursor cursor, long freshLimit) {
    ChunkCells cells = new ChunkCells(project);
    Object2IntOpenHashMap<String> authors = new Object2IntOpenHashMap<>();
    authors.defaultReturnValue(-1);
    Long2IntOpenHashMap cellOf = new Long2IntOpenHashMap(1024);
    cellOf.defaultReturnValue(-1);
    chunk.parse(
        cursor,
        row -> {
          long authorTime = row.authorTime();
          long committerTime = row.committerTime();
          long time = authorTime != CommitTableRow.UNKNOWN_TIME ? authorTime : committerTime;
          if (time == CommitTableRow.UNKNOWN_TIME) {
            cells.rowsWithoutTime++;
            return;
          }
          long fresh = Math.max(authorTime, committerTime);
          if (fresh <= freshLimit && fresh > cells.latest) {
            cells.latest = fresh;
          }
          int author;
          if (row.bot()) {
            author = CommitTable.BOT;
          } else {
            String key = row.authorKey();
            if (key.isEmpty()) {
              author = CommitTable.ANONYMOUS;
            } else {
              author = authors.getInt(key);
              if (author < 0) {
                author = authors.size();
                authors.put(key, author);
                cells.authorKeys.add(key);
              }
            }
          }
          long cellKey = pack(Granularity.MONTH.index(time), author);
          int cell = cellOf.get(cellKey);
          if (cell < 0) {
            cell = cells.keys.size();
            cellOf.put(cellKey, cell);
            cells.keys.add(cellKey);
            cells.commits.add(0);
            cells.additions.add(0);
            cells.deletions.add(0);
            cells.first.add(time);
            cells.last.add(time);
          }
          cells.commits.set(cell, cells.commits.getLong(cell) + 1);
          int added = row.additions();
          if (added != CommitTableRow.UNKNOWN_COUNT) {
            cells.additions.set(cell, cells.additions.getLong(cell) + added);
          }
          int deleted = row.deletions();
          if (deleted != CommitTableRow.UNKNOWN_COUNT) {
            cells.deletions.set(cell, cells.deletions.getLong(cell) + deleted);
          }
          if (time < cells.first.getLong(cell)) {
            cells.first.set(cell, time);
          }
          if (time > cells.last.getLong(cell)) {
            cells.last.set(cell, time);
          }
        });
    return cells;
  }

  int size() {
    return keys.size();
  }

  /**
   * One long per (month, author), ordered as (month, author) are: the author's sign bit is flipped
   * so that bots (-1) and anonymous commits (-2) sort before numbered authors, as in Tablesaw.
   */
  static long pack(int month, int author) {
    return ((long) month << 32) | ((author ^ Integer.MIN_VALUE) & 0xffffffffL);
  }

  static int month(long key) {
    return (int) (key >> 32);
  }

  static int author(long key) {
    return ((int) key) ^ Integer.MIN_VALUE;
  }
}
