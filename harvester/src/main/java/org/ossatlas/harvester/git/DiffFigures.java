package org.ossatlas.harvester.git;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;

/**
 * The diff figures of one project's commits, computed on a pool of diff threads (possibly shared
 * with other projects) while the caller stores earlier batches.
 *
 * <p>A batch is cut into runs of {@value #RUN} consecutive commits, one task each: consecutive
 * commits in topological order are mostly parent and child, so the blobs a task loads for one
 * commit are in its {@link NumStat}'s cache when the next commit diffs against them. A task borrows
 * a {@code NumStat} (each has its own {@code ObjectReader} and JGit delta-base cache) for the whole
 * run and gives it back, so threads hand off work once per run, not once per commit.
 */
final class DiffFigures implements AutoCloseable {
  /** Commits per task: large enough that hand-off is rare, small enough to keep both cores busy. */
  static final int RUN = 32;

  private final Repository repo;
  private final boolean firstParent;
  private final Executor pool;
  private final ConcurrentLinkedQueue<NumStat> idle = new ConcurrentLinkedQueue<>();
  private final List<NumStat> all = new ArrayList<>();
  private final List<CompletableFuture<?>> pending = new ArrayList<>();
  private volatile boolean closed;

  /**
   * @param firstParent diff merges against their first parent ({@code --first-parent}); otherwise a
   *     merge has no figures, as in {@code git log --numstat}
   */
  DiffFigures(Repository repo, boolean firstParent, Executor pool) {
    this.repo = repo;
    this.firstParent = firstParent;
    this.pool = pool;
  }

  /**
   * Starts computing the figures of {@code batch}, whose commits and their first parents must
   * already be parsed; the result holds one entry per commit, in order.
   */
  CompletableFuture<NumStat.Stats[]> start(List<RevCommit> batch) {
    NumStat.Stats[] stats = new NumStat.Stats[batch.size()];
    List<CompletableFuture<Void>> runs = new ArrayList<>();
    for (int from = 0; from < batch.size(); from += RUN) {
      int start = from;
      int end = Math.min(batch.size(), from + RUN);
      runs.add(CompletableFuture.runAsync(() -> compute(batch, stats, start, end), pool));
    }
    CompletableFuture<NumStat.Stats[]> result =
        CompletableFuture.allOf(runs.toArray(CompletableFuture[]::new)).thenApply(v -> stats);
    synchronized (pending) {
      pending.removeIf(CompletableFuture::isDone);
      pending.add(result);
    }
    return result;
  }

  /** The figures of a started batch; an I/O failure in a diff thread is rethrown here. */
  static NumStat.Stats[] await(CompletableFuture<NumStat.Stats[]> figures) throws IOException {
    try {
      return figures.get();
    } catch (ExecutionException e) {
      Throwable cause = e.getCause() instanceof CompletionException c ? c.getCause() : e.getCause();
      if (cause instanceof UncheckedIOException io) {
        throw io.getCause();
      }
      if (cause instanceof RuntimeException r) {
        throw r;
      }
      throw new IllegalStateException(cause);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    }
  }

  private void compute(List<RevCommit> batch, NumStat.Stats[] stats, int from, int to) {
    if (closed) {
      return; // the run stopped; nobody reads these figures
    }
    NumStat numstat = borrow();
    try {
      for (int i = from; i < to; i++) {
        stats[i] = stats(numstat, batch.get(i));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      idle.add(numstat);
    }
  }

  private NumStat borrow() {
    NumStat numstat = idle.poll();
    if (numstat == null) {
      numstat = new NumStat(repo.newObjectReader());
      synchronized (all) {
        all.add(numstat);
      }
    }
    return numstat;
  }

  private NumStat.Stats stats(NumStat numstat, RevCommit c) throws IOException {
    int parents = c.getParentCount();
    if (parents > 1 && !firstParent) {
      return NumStat.Stats.NONE; // git log --numstat shows no diff for a merge
    }
    ObjectId parentTree = parents == 0 ? null : c.getParent(0).getTree().getId();
    return numstat.between(parentTree, c.getTree().getId());
  }

  /** Lets started tasks finish (those not begun are skipped), then closes every reader. */
  @Override
  public void close() {
    closed = true;
    List<CompletableFuture<?>> started;
    synchronized (pending) {
      started = new ArrayList<>(pending);
    }
    for (CompletableFuture<?> f : started) {
      try {
        f.join();
      } catch (RuntimeException e) {
        // already reported to the caller, or nobody waits for it any more
      }
    }
    synchronized (all) {
      all.forEach(NumStat::close);
    }
  }
}
