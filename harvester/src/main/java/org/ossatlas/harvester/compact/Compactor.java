package org.ossatlas.harvester.compact;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.LongConsumer;
import org.ossatlas.common.AtomicFiles;
import org.ossatlas.common.AuthorDomains;
import org.ossatlas.common.Reconciliation;
import org.ossatlas.common.Reconciliation.Count;
import org.ossatlas.common.commits.CommitTableWriter;
import org.ossatlas.harvester.raw.RawStore;

/**
 * Raw store to {@code data/commits.csv.gz} (docs/compaction.md). Projects are compacted in
 * parallel, each on its own, and written in project order, so the bytes depend only on the raw
 * store. The file is replaced atomically, and only after the counts reconcile: a failure or a kill
 * leaves the previous file.
 */
public final class Compactor {
  private final Map<String, RecordParser> parsers;
  private final int threads;

  /** The parsers found on the class path, one thread per core (at most 4). */
  public Compactor() {
    this(loadParsers(), Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors())));
  }

  public Compactor(List<RecordParser> parsers, int threads) {
    Map<String, RecordParser> byKind = new HashMap<>();
    for (RecordParser parser : parsers) {
      for (String kind : parser.kinds()) {
        RecordParser other = byKind.putIfAbsent(kind, parser);
        if (other != null) {
          throw new IllegalStateException(
              kind
                  + " is read by two parsers: "
                  + other.getClass().getName()
                  + " and "
                  + parser.getClass().getName());
        }
      }
    }
    this.parsers = Map.copyOf(byKind);
    this.threads = Math.max(1, threads);
  }

  public static List<RecordParser> loadParsers() {
    List<RecordParser> parsers = new ArrayList<>();
    ServiceLoader.load(RecordParser.class, Compactor.class.getClassLoader()).forEach(parsers::add);
    return parsers;
  }

  /** The raw bytes compaction will read, for a progress bar. */
  public static long rawBytes(RawStore store) {
    long total = 0;
    for (String project : store.projects()) {
      for (Path file : store.files(project)) {
        try {
          total += Files.size(file);
        } catch (IOException e) {
          throw new UncheckedIOException("could not read " + file, e);
        }
      }
    }
    return total;
  }

  /**
   * Compacts every project of {@code store} into {@code target}.
   *
   * @param bytesRead told the size of each raw file once it is read (from worker threads)
   */
  public CompactionResult compact(RawStore store, Path target, LongConsumer bytesRead) {
    long start = System.nanoTime();
    List<String> projects = store.projects();
    Totals totals = new Totals();
    ExecutorService pool =
        Executors.newFixedThreadPool(
            threads,
            r -> {
              Thread t = new Thread(r, "compact");
              t.setDaemon(true);
              return t;
            });
    try {
      AtomicFiles.write(target, out -> write(store, projects, pool, bytesRead, out, totals));
    } finally {
      pool.shutdownNow();
    }
    // After the table: a run killed in between leaves the older domains, which only lack the
    // newest authors (counted as unknown until the next compaction).
    AuthorDomains.write(authorDomainsBeside(target), totals.authorDomains);
    long outputBytes;
    try {
      outputBytes = Files.size(target);
    } catch (IOException e) {
      throw new UncheckedIOException("could not read " + target, e);
    }
    return new CompactionResult(
        projects.size(),
        totals.files,
        totals.bytes,
        totals.records,
        totals.entries,
        totals.duplicates,
        totals.unreachable,
        totals.rows,
        totals.orphanDetails,
        totals.tornFiles,
        Map.copyOf(totals.unparsed),
        java.util.Collections.unmodifiableMap(totals.rowsPerProject),
        List.copyOf(totals.warnings),
        totals.reconciled,
        outputBytes,
        (System.nanoTime() - start) / 1_000_000,
        List.copyOf(totals.facts));
  }

  private void write(
      RawStore store,
      List<String> projects,
      ExecutorService pool,
      LongConsumer bytesRead,
      OutputStream out,
      Totals totals)
      throws IOException {
    Deque<Future<ProjectResult>> inFlight = new ArrayDeque<>();
    int next = 0;
    try (CommitTableWriter table = new CommitTableWriter(out)) {
      while (next < projects.size() || !inFlight.isEmpty()) {
        // A small window: workers run ahead of the writer by a project or two, no more.
        while (next < projects.size() && inFlight.size() < threads + 1) {
          String project = projects.get(next++);
          List<Path> files = store.files(project);
          inFlight.add(
              pool.submit(() -> new ProjectCompaction(project, parsers).run(files, bytesRead)));
        }
        ProjectResult result = await(inFlight.poll());
        long before = table.rows();
        table.writeLines(result.csv());
        totals.add(result, table.rows() - before);
      }
      table.finish();
    }
    Reconciliation counts =
        new Reconciliation()
            .expectEqual(
                new Count("raw", "commit entries seen", totals.entries),
                new Count(
                    "compact",
                    "rows written + duplicates dropped + unreachable dropped",
                    totals.rows + totals.duplicates + totals.unreachable));
    counts.throwIfMismatched(); // before the rename: the old file stays
    totals.reconciled = counts.checked();
  }

  /** {@code data/author-domains.csv.gz} beside {@code data/commits.csv.gz}. */
  public static Path authorDomainsBeside(Path commitTable) {
    return commitTable.toAbsolutePath().resolveSibling(AuthorDomains.FILE_NAME);
  }

  private static ProjectResult await(Future<ProjectResult> future) throws IOException {
    try {
      return future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      if (e.getCause() instanceof Error error) {
        throw error;
      }
      throw new IOException(e.getCause());
    }
  }

  /** Sums over projects, gathered by the writer thread only. */
  private static final class Totals {
    long files;
    long bytes;
    long records;
    long entries;
    long duplicates;
    long unreachable;
    long rows;
    long orphanDetails;
    long tornFiles;
    final Map<String, Long> unparsed = new TreeMap<>();
    final Map<String, Long> rowsPerProject = new TreeMap<>();
    final TreeMap<String, String> authorDomains = new TreeMap<>();
    final List<String> warnings = new ArrayList<>();
    final List<org.ossatlas.common.RepoFacts> facts = new ArrayList<>();
    List<String> reconciled = List.of();

    void add(ProjectResult r, long linesWritten) {
      files += r.files();
      bytes += r.bytes();
      records += r.records();
      entries += r.entries();
      duplicates += r.duplicates();
      unreachable += r.unreachable();
      rows += linesWritten;
      orphanDetails += r.orphanDetails();
      tornFiles += r.tornFiles();
      r.unparsed().forEach((kind, n) -> unparsed.merge(kind, n, Long::sum));
      rowsPerProject.put(r.project(), linesWritten);
      warnings.addAll(r.warnings());
      facts.add(r.facts());
      authorDomains.putAll(r.authorDomains());
    }
  }
}
