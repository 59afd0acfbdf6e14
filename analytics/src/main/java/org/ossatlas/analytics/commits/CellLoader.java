package org.ossatlas.analytics.commits;

import it.unimi.dsi.fastutil.objects.Object2IntOpenHashMap;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.ossatlas.analytics.metrics.ActivityCells;
import org.ossatlas.common.Progress;
import org.ossatlas.common.commits.CommitChunk;
import org.ossatlas.common.commits.CommitCursor;
import org.ossatlas.common.commits.CommitTableReader;

/**
 * Streams {@code data/commits.csv.gz} straight into {@link ActivityCells}, never holding the
 * commits: the reader thread decompresses and cuts chunks of one project, worker threads parse and
 * reduce them to (month, author) cells, and the reader merges their results in file order ({@link
 * CellBuilder}). Memory is the cells, the contributor dictionary and a few chunks in flight,
 * however long the history; the result equals {@code ActivityCells.of} over the table {@link
 * CommitLoader} reads (CellLoaderTest).
 */
public final class CellLoader {
  /** Times later than this margin after the clock are bad clocks, not freshness. */
  private static final long FUTURE_MARGIN_SECONDS = 86_400;

  private final List<String> projects;
  private final long freshLimit;
  private final int threads;

  /**
   * @param projects the project ids of the graph, sorted; rows of other projects are skipped
   * @param now the clock, to ignore commit times in the future when finding the data's freshness
   * @param threads worker threads (the reading thread merges besides)
   */
  public CellLoader(List<String> projects, Instant now, int threads) {
    this.projects = List.copyOf(projects);
    this.freshLimit = now.getEpochSecond() + FUTURE_MARGIN_SECONDS;
    this.threads = Math.max(1, threads);
  }

  /** What was read: the cells (all months) and what was passed over. */
  public record Loaded(
      ActivityCells cells,
      long rowsRead,
      Map<String, Long> unknownProjects,
      long rowsWithoutTime,
      long latestEpochSecond,
      int contributors) {

    /**
     * The last complete month of the data: the month before the one holding the latest author or
     * committer time. Empty when there are no commits.
     */
    public Optional<YearMonth> lastCompleteMonth() {
      return CommitTable.lastCompleteMonth(latestEpochSecond);
    }
  }

  public Loaded load(Path file) {
    Object2IntOpenHashMap<String> projectIndex = new Object2IntOpenHashMap<>();
    projectIndex.defaultReturnValue(-1);
    for (int i = 0; i < projects.size(); i++) {
      projectIndex.put(projects.get(i), i);
    }
    Map<String, Long> unknown = new TreeMap<>();
    CellBuilder builder = new CellBuilder();
    long rows = 0;
    long withoutTime = 0;
    long latest = Long.MIN_VALUE;
    ExecutorService pool = Executors.newFixedThreadPool(threads, CellLoader::daemon);
    ThreadLocal<CommitCursor> cursors = new ThreadLocal<>();
    Deque<Future<ChunkCells>> inFlight = new ArrayDeque<>();
    try (Progress progress = Progress.start("read commits", sizeOf(file));
        CommitTableReader reader = CommitTableReader.open(file, progress::stepBy)) {
      for (CommitChunk chunk = reader.next(); chunk != null; chunk = reader.next()) {
        rows += chunk.rows();
        int project = projectIndex.getInt(chunk.project());
        if (project < 0) {
          unknown.merge(chunk.project(), (long) chunk.rows(), Long::sum);
          continue;
        }
        CommitChunk work = chunk;
        inFlight.add(
            pool.submit(
                () -> ChunkCells.reduce(project, work, cursor(cursors, reader), freshLimit)));
        // A short window: workers run a chunk or two ahead of the merge, no more.
        while (inFlight.size() > threads * 2) {
          ChunkCells cells = await(inFlight.poll());
          withoutTime += cells.rowsWithoutTime;
          latest = Math.max(latest, cells.latest);
          builder.add(cells);
        }
      }
      while (!inFlight.isEmpty()) {
        ChunkCells cells = await(inFlight.poll());
        withoutTime += cells.rowsWithoutTime;
        latest = Math.max(latest, cells.latest);
        builder.add(cells);
      }
    } finally {
      pool.shutdownNow();
    }
    return new Loaded(builder.build(), rows, unknown, withoutTime, latest, builder.authors());
  }

  private static CommitCursor cursor(ThreadLocal<CommitCursor> cursors, CommitTableReader reader) {
    CommitCursor cursor = cursors.get();
    if (cursor == null) {
      cursor = reader.newCursor();
      cursors.set(cursor);
    }
    return cursor;
  }

  /** The chunk's cells, or the worker's failure as it was thrown (bad data, out of memory). */
  private static ChunkCells await(Future<ChunkCells> future) {
    try {
      return future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while reading commits", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      if (e.getCause() instanceof Error error) {
        throw error;
      }
      throw new IllegalStateException(e.getCause());
    }
  }

  private static Thread daemon(Runnable r) {
    Thread t = new Thread(r, "read-commits");
    t.setDaemon(true);
    return t;
  }

  private static long sizeOf(Path file) {
    try {
      return Files.size(file);
    } catch (IOException e) {
      throw new UncheckedIOException("could not read " + file, e);
    }
  }
}
