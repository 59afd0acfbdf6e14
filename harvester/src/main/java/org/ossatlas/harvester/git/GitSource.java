package org.ossatlas.harvester.git;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.Repository;
import org.ossatlas.common.AtlasException;
import org.ossatlas.harvester.HarvestContext;
import org.ossatlas.harvester.HarvestTarget;
import org.ossatlas.harvester.Source;
import org.ossatlas.harvester.TargetOutcome;

/**
 * Commits from a git clone (JGit): a bare clone per project under {@code clonesDir/<project>.git}
 * ({@link Clones}), fetched again on every run, and the default branch walked for the commits not
 * stored yet ({@link HarvestRun}), their figures computed on every core ({@link DiffFigures}).
 * Records and semantics: {@code docs/raw-store.md} and {@code docs/git-source.md}.
 *
 * <ul>
 *   <li><b>Walk.</b> Full history by default ({@code git log}); first parents only when built with
 *       {@code firstParent} ({@code git log --first-parent}). Commits are stored oldest first
 *       (parents before children), {@value #DEFAULT_BATCH} per {@code git-commits} record by
 *       default, then a {@code git-head} record once the tip is reached.
 *   <li><b>Figures</b> are those of {@code git log --numstat -M} in full mode (a merge has no diff:
 *       0/0/0) and of {@code git log --first-parent --numstat -M} in first-parent mode (git then
 *       diffs a merge against its first parent, so a merge carries the whole merged branch).
 *   <li><b>Identities</b> go through the {@code .mailmap} at the tip of the default branch.
 *   <li><b>Remote URLs</b> go through the user's git configuration ({@code url.<base>.insteadOf} in
 *       {@code ~/.gitconfig}), as {@code git clone} does.
 * </ul>
 *
 * <p><b>Thread safety.</b> A {@code GitSource} holds only its settings: one instance may harvest
 * several projects at once from several threads (distinct projects; never the same project twice at
 * a time). {@link #harvestAll} does that with a fixed number of threads. For speed, call {@link
 * GitTuning#install()} once at start-up.
 */
public final class GitSource implements Source {
  public static final String NAME = "git";
  public static final int DEFAULT_BATCH = 500;

  private final boolean firstParent;
  private final int batchSize;
  private final int diffThreads;

  /** Full history, {@value #DEFAULT_BATCH} commits per record, diffs on every core. */
  public GitSource() {
    this(false, DEFAULT_BATCH, Runtime.getRuntime().availableProcessors());
  }

  /**
   * @param firstParent walk first parents only ({@code git log --first-parent})
   * @param batchSize commits per {@code git-commits} record (and per checkpoint)
   * @param diffThreads threads computing diff figures, shared by the projects of one {@link
   *     #harvestAll}; the thread walking a project meanwhile stores its earlier batches
   */
  public GitSource(boolean firstParent, int batchSize, int diffThreads) {
    if (batchSize < 1 || diffThreads < 1) {
      throw new IllegalArgumentException("batch size and threads must be positive");
    }
    this.firstParent = firstParent;
    this.batchSize = batchSize;
    this.diffThreads = diffThreads;
  }

  @Override
  public String name() {
    return NAME;
  }

  /**
   * Any clone URL: {@code https://}, {@code ssh://}, {@code git://}, {@code file://}, scp-like or a
   * local path.
   */
  @Override
  public boolean canHarvest(HarvestTarget target) {
    return GitUrls.isCloneUrl(target.repoUrl());
  }

  /**
   * Harvests several projects at once on {@code threads} threads (each project on one thread, in
   * the order given as threads free up), their diffs on one shared pool of {@code diffThreads}; the
   * outcomes come back in the order of {@code targets}. A project's failure stays its own; a
   * problem that fails every project (a full disk) is thrown after the other threads have finished
   * their project.
   */
  @Override
  public boolean concurrent() {
    return true;
  }

  @Override
  public List<TargetOutcome> harvestAll(
      List<HarvestTarget> targets, HarvestContext context, int threads) {
    ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads));
    ExecutorService diffs = diffPool();
    try {
      List<Future<TargetOutcome>> futures = new ArrayList<>();
      for (HarvestTarget target : targets) {
        futures.add(pool.submit(() -> harvest(target, context, diffs)));
      }
      List<TargetOutcome> outcomes = new ArrayList<>();
      RuntimeException first = null;
      for (Future<TargetOutcome> f : futures) {
        try {
          outcomes.add(f.get());
        } catch (ExecutionException e) {
          if (first == null) {
            first =
                e.getCause() instanceof RuntimeException r
                    ? r
                    : new IllegalStateException(e.getCause());
          }
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new IllegalStateException("interrupted", e);
        }
      }
      if (first != null) {
        throw first;
      }
      return outcomes;
    } finally {
      pool.shutdownNow();
      diffs.shutdownNow();
    }
  }

  @Override
  public TargetOutcome harvest(HarvestTarget target, HarvestContext context) {
    ExecutorService diffs = diffPool();
    try {
      return harvest(target, context, diffs);
    } finally {
      diffs.shutdownNow();
    }
  }

  private TargetOutcome harvest(
      HarvestTarget target, HarvestContext context, ExecutorService diffs) {
    String project = target.project();
    Path stateFile = context.stateDir().resolve(NAME).resolve(project + ".json");
    GitCheckpoint checkpoint = GitCheckpoint.read(stateFile, project, firstParent);
    String url = GitUrls.cloneUrl(target.repoUrl());
    String shownUrl = GitUrls.redact(url);
    if (context.shouldStop()) {
      return new TargetOutcome(
          project, NAME, TargetOutcome.Status.WORK_LEFT, 0, 0, "stopped before fetching");
    }
    Path clone = context.clonesDir().resolve(project + ".git");
    HarvestRun run =
        new HarvestRun(target, context, stateFile, checkpoint, shownUrl, firstParent, batchSize);
    String phase = "fetch failed: ";
    try (Repository repo = Clones.open(clone, url)) {
      Optional<Ref> branch = Clones.fetch(repo, shownUrl);
      if (branch.isEmpty()) {
        return run.empty();
      }
      phase =
          "reading the clone failed (delete "
              + clone.getFileName()
              + " under the clones folder to clone again): ";
      return run.walk(repo, branch.get(), diffs);
    } catch (UncheckedIOException | AtlasException e) {
      // The raw store or the state folder failed (I/O), or holds data that cannot be read (a
      // corrupt last record, exit 65): neither is this repository's fault, nor fixed by a rerun.
      throw e;
    } catch (IOException | GitAPIException | RuntimeException e) {
      return run.failed(phase + GitFailures.reason(e, url, shownUrl));
    }
  }

  /** Daemon threads, so that a harvest stopped by an error never keeps the JVM alive. */
  private ExecutorService diffPool() {
    ThreadFactory daemons =
        r -> {
          Thread t = new Thread(r, "git-diff");
          t.setDaemon(true);
          return t;
        };
    return Executors.newFixedThreadPool(diffThreads, daemons);
  }
}
