package org.ossatlas.analytics.commits;

import it.unimi.dsi.fastutil.ints.IntArrayList;
import it.unimi.dsi.fastutil.longs.Long2IntOpenHashMap;
import it.unimi.dsi.fastutil.longs.LongArrayList;
import it.unimi.dsi.fastutil.objects.Object2IntOpenHashMap;
import java.util.Arrays;
import java.util.BitSet;
import org.ossatlas.analytics.metrics.ActivityCells;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.Table;

/**
 * Merges {@link ChunkCells}, in file order, into the atlas-wide cells: renumbers each chunk's
 * authors in the one contributor dictionary (in order of first appearance, as a sequential read
 * would), sums a project's cells across its chunks, and appends them sorted by (month, author) when
 * the project ends. Only the merging thread touches it. Memory: the cells so far, the dictionary,
 * and the current project's cells.
 */
final class CellBuilder {
  private final Object2IntOpenHashMap<String> authors = new Object2IntOpenHashMap<>();
  private final BitSet finished = new BitSet();
  private boolean projectCameBack;

  // The current project's cells.
  private int project = -1;
  private final Long2IntOpenHashMap cellOf = new Long2IntOpenHashMap();
  private final LongArrayList keys = new LongArrayList();
  private final LongArrayList commits = new LongArrayList();
  private final LongArrayList additions = new LongArrayList();
  private final LongArrayList deletions = new LongArrayList();
  private final LongArrayList first = new LongArrayList();
  private final LongArrayList last = new LongArrayList();

  // Every finished project's cells, the columns of ActivityCells.
  private final IntArrayList outProject = new IntArrayList();
  private final IntArrayList outMonth = new IntArrayList();
  private final IntArrayList outAuthor = new IntArrayList();
  private final LongArrayList outCommits = new LongArrayList();
  private final LongArrayList outAdditions = new LongArrayList();
  private final LongArrayList outDeletions = new LongArrayList();
  private final LongArrayList outFirst = new LongArrayList();
  private final LongArrayList outLast = new LongArrayList();

  CellBuilder() {
    authors.defaultReturnValue(-1);
    cellOf.defaultReturnValue(-1);
  }

  void add(ChunkCells chunk) {
    if (chunk.project != project) {
      finishProject();
      project = chunk.project;
      if (finished.get(project)) {
        projectCameBack = true; // an unsorted table: summed again at the end
      }
    }
    int[] global = new int[chunk.authorKeys.size()];
    for (int i = 0; i < global.length; i++) {
      String key = chunk.authorKeys.get(i);
      int code = authors.getInt(key);
      if (code < 0) {
        code = authors.size();
        authors.put(key, code);
      }
      global[i] = code;
    }
    for (int c = 0; c < chunk.size(); c++) {
      long local = chunk.keys.getLong(c);
      int author = ChunkCells.author(local);
      long key = ChunkCells.pack(ChunkCells.month(local), author >= 0 ? global[author] : author);
      int cell = cellOf.get(key);
      if (cell < 0) {
        cellOf.put(key, keys.size());
        keys.add(key);
        commits.add(chunk.commits.getLong(c));
        additions.add(chunk.additions.getLong(c));
        deletions.add(chunk.deletions.getLong(c));
        first.add(chunk.first.getLong(c));
        last.add(chunk.last.getLong(c));
      } else {
        commits.set(cell, commits.getLong(cell) + chunk.commits.getLong(c));
        additions.set(cell, additions.getLong(cell) + chunk.additions.getLong(c));
        deletions.set(cell, deletions.getLong(cell) + chunk.deletions.getLong(c));
        first.set(cell, Math.min(first.getLong(cell), chunk.first.getLong(c)));
        last.set(cell, Math.max(last.getLong(cell), chunk.last.getLong(c)));
      }
    }
  }

  private void finishProject() {
    if (project < 0) {
      return;
    }
    long[] sorted = keys.toLongArray();
    Arrays.sort(sorted);
    for (long key : sorted) {
      int cell = cellOf.get(key);
      outProject.add(project);
      outMonth.add(ChunkCells.month(key));
      outAuthor.add(ChunkCells.author(key));
      outCommits.add(commits.getLong(cell));
      outAdditions.add(additions.getLong(cell));
      outDeletions.add(deletions.getLong(cell));
      outFirst.add(first.getLong(cell));
      outLast.add(last.getLong(cell));
    }
    finished.set(project);
    project = -1;
    cellOf.clear();
    cellOf.trim();
    for (LongArrayList column : new LongArrayList[] {keys, commits, additions, deletions, first}) {
      column.clear();
      column.trim();
    }
    last.clear();
    last.trim();
  }

  /** Contributors seen so far. */
  int authors() {
    return authors.size();
  }

  /** Cells so far, the current project's included. */
  long cells() {
    return outProject.size() + (long) keys.size();
  }

  /** The cells of every project, sorted by (project, month, author). */
  ActivityCells build() {
    finishProject();
    // Each list is released as soon as its column exists: the peak is the lists plus one column.
    Table table =
        Table.create(
            "cells",
            ints(CommitTable.PROJECT, outProject),
            ints(CommitTable.MONTH, outMonth),
            ints(CommitTable.AUTHOR, outAuthor),
            longs(ActivityCells.COMMITS, outCommits),
            longs(ActivityCells.ADDITIONS_SUM, outAdditions),
            longs(ActivityCells.DELETIONS_SUM, outDeletions),
            longs(ActivityCells.FIRST, outFirst),
            longs(ActivityCells.LAST, outLast));
    return projectCameBack ? ActivityCells.merge(table) : ActivityCells.reduced(table);
  }

  private static IntColumn ints(String name, IntArrayList values) {
    IntColumn column = IntColumn.create(name, values.toIntArray());
    values.clear();
    values.trim();
    return column;
  }

  private static LongColumn longs(String name, LongArrayList values) {
    LongColumn column = LongColumn.create(name, values.toLongArray());
    values.clear();
    values.trim();
    return column;
  }
}
