package org.ossatlas.harvester.git;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectLoader;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevSort;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.ossatlas.harvester.HarvestContext;
import org.ossatlas.harvester.HarvestTarget;
import org.ossatlas.harvester.TargetOutcome;
import org.ossatlas.harvester.raw.RawLog;
import org.ossatlas.harvester.raw.RawRecord;

/**
 * One harvest of one project's clone: what is left to store (the commits reachable from the tip and
 * not from the checkpoint's stored tips), stored in batches with a checkpoint after each append, a
 * {@code git-head} record at the end. Semantics: {@code docs/git-source.md}.
 *
 * <p>Batches are pipelined: while this thread encodes and appends batch {@code k} (an fsync'd
 * append and checkpoint), the diff threads already compute batches {@code k+1} and {@code k+2}.
 */
final class HarvestRun {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  /** Batches whose figures are computed ahead of the one being stored. */
  private static final int AHEAD = 2;

  private final HarvestTarget target;
  private final HarvestContext context;
  private final Path stateFile;
  private final String shownUrl;
  private final boolean firstParent;
  private final int batchSize;
  private GitCheckpoint checkpoint;
  private long newCommits;
  private String ref;
  private final List<String> notes = new ArrayList<>();

  HarvestRun(
      HarvestTarget target,
      HarvestContext context,
      Path stateFile,
      GitCheckpoint checkpoint,
      String shownUrl,
      boolean firstParent,
      int batchSize) {
    this.target = target;
    this.context = context;
    this.stateFile = stateFile;
    this.checkpoint = checkpoint;
    this.shownUrl = shownUrl;
    this.firstParent = firstParent;
    this.batchSize = batchSize;
    this.ref = checkpoint.ref();
  }

  private TargetOutcome outcome(TargetOutcome.Status status, String detail) {
    return new TargetOutcome(target.project(), GitSource.NAME, status, newCommits, 0, detail);
  }

  /** The remote has no branch yet: caught up with nothing to store. */
  TargetOutcome empty() {
    String detail = "empty repository: no branch yet";
    save(GitCheckpoint.CAUGHT_UP, detail, null, 0, checkpoint.storedTips());
    return outcome(TargetOutcome.Status.CAUGHT_UP, detail);
  }

  /** The project failed: checkpointed as failed, with what was stored and still to walk kept. */
  TargetOutcome failed(String reason) {
    save(
        GitCheckpoint.FAILED,
        reason,
        checkpoint.walkTarget(),
        checkpoint.walkLeft(),
        checkpoint.storedTips());
    return outcome(TargetOutcome.Status.FAILED, reason);
  }

  private void save(
      String status, String detail, String walkTarget, long walkLeft, Collection<String> tips) {
    checkpoint =
        checkpoint.withStatus(
            status,
            context.clock().instant(),
            detail,
            shownUrl,
            ref,
            firstParent,
            List.copyOf(tips),
            walkTarget,
            walkLeft);
    checkpoint.write(stateFile);
  }

  private GitCheckpoint with(long commitsStored, String storedHead, String lastStored) {
    return checkpoint.withStored(commitsStored, storedHead, lastStored);
  }

  /** Stores what is new on {@code branch}, computing diffs on {@code diffPool}. */
  TargetOutcome walk(Repository repo, Ref branch, Executor diffPool) throws IOException {
    ref = branch.getName();
    ObjectId tipId = branch.getObjectId();
    RawLog log = context.raw().open(target.project());
    Set<String> tips = new LinkedHashSet<>(checkpoint.storedTips());
    if (checkpoint.firstParent() != firstParent && !tips.isEmpty()) {
      notes.add(
          "walk mode changed to "
              + (firstParent ? "first-parent" : "full")
              + ": every commit is stored again (compaction keeps one of each)");
      tips.clear();
    }
    reconcile(log, tips);
    try (ObjectReader reader = repo.newObjectReader();
        RevWalk walk = new RevWalk(reader)) {
      RevCommit tip = walk.parseCommit(tipId);
      String previousHead = checkpoint.storedHead();
      if (previousHead != null && previousHead.equals(tip.name()) && tips.contains(tip.name())) {
        save(GitCheckpoint.CAUGHT_UP, joinNotes("up to date at " + tip.name()), null, 0, tips);
        return outcome(TargetOutcome.Status.CAUGHT_UP, joinNotes("up to date"));
      }
      boolean rewritten = previousHead != null && !isAncestor(reader, previousHead, tip);
      Mailmap mailmap = mailmap(reader, tip);
      List<RevCommit> todo = toStore(reader, walk, tip, tips);
      List<List<RevCommit>> batches = new ArrayList<>();
      for (int i = 0; i < todo.size(); i += batchSize) {
        batches.add(todo.subList(i, Math.min(todo.size(), i + batchSize)));
      }
      try (DiffFigures figures = new DiffFigures(repo, firstParent, diffPool)) {
        Deque<CompletableFuture<NumStat.Stats[]>> ahead = new ArrayDeque<>();
        int started = 0;
        int done = 0;
        for (List<RevCommit> batch : batches) {
          while (started < batches.size() && ahead.size() <= AHEAD) {
            ahead.add(figures.start(batches.get(started++)));
          }
          NumStat.Stats[] stats = DiffFigures.await(ahead.poll());
          log.append(record("git-commits", CommitJson.commits(batch, stats, mailmap)));
          for (RevCommit c : batch) {
            int parents = firstParent ? Math.min(1, c.getParentCount()) : c.getParentCount();
            for (int i = 0; i < parents; i++) {
              tips.remove(c.getParent(i).name());
            }
            tips.add(c.name());
          }
          done += batch.size();
          newCommits += batch.size();
          checkpoint =
              with(
                  checkpoint.commitsStored() + batch.size(),
                  checkpoint.storedHead(),
                  batch.get(batch.size() - 1).name());
          long left = todo.size() - done;
          if (left > 0 && context.shouldStop()) {
            String detail =
                joinNotes(
                    String.format(
                        Locale.ROOT,
                        "stopped: %d of %d new commits stored, %d left",
                        done,
                        todo.size(),
                        left));
            save(GitCheckpoint.WORK_LEFT, detail, tip.name(), left, tips);
            return outcome(TargetOutcome.Status.WORK_LEFT, detail);
          }
          save(GitCheckpoint.WORK_LEFT, joinNotes("walking"), tip.name(), left, tips);
        }
      }
      log.append(
          record(
              "git-head", CommitJson.head(ref, tip.name(), firstParent, previousHead, rewritten)));
      checkpoint = with(checkpoint.commitsStored(), tip.name(), checkpoint.lastStored());
      if (rewritten) {
        notes.add(
            "history rewritten (force-push): "
                + previousHead
                + " is not an ancestor of "
                + tip.name()
                + "; compaction keeps only the commits reachable from the new head");
      }
      String detail =
          joinNotes(String.format(Locale.ROOT, "%d new commits, head %s", todo.size(), tip.name()));
      save(GitCheckpoint.CAUGHT_UP, detail, null, 0, tips);
      return outcome(TargetOutcome.Status.CAUGHT_UP, detail);
    }
  }

  /**
   * The commits reachable from {@code tip} and not from the stored tips, parents before children,
   * each with its first parent's headers parsed (the diff threads read its tree).
   */
  private List<RevCommit> toStore(
      ObjectReader reader, RevWalk walk, RevCommit tip, Set<String> tips) throws IOException {
    walk.setFirstParent(firstParent);
    walk.sort(RevSort.TOPO);
    walk.sort(RevSort.REVERSE, true);
    walk.markStart(tip);
    int missing = 0;
    for (String stored : tips) {
      ObjectId id = ObjectId.fromString(stored);
      if (reader.has(id)) {
        walk.markUninteresting(walk.parseCommit(id));
      } else {
        missing++;
      }
    }
    if (missing > 0) {
      notes.add(
          missing
              + " stored commit(s) no longer in the clone: older commits may be stored again"
              + " (compaction keeps one of each)");
    }
    List<RevCommit> todo = new ArrayList<>();
    for (RevCommit c : walk) {
      todo.add(c);
    }
    for (RevCommit c : todo) {
      if (c.getParentCount() > 0) {
        walk.parseHeaders(c.getParent(0));
      }
    }
    return todo;
  }

  /**
   * The raw store may hold one record more than the checkpoint knows of: a run killed between an
   * append and its checkpoint, or a checkpoint restored from before the last append. Take it into
   * account so that nothing is stored twice.
   */
  private void reconcile(RawLog log, Set<String> tips) throws IOException {
    Optional<RawRecord> last = log.lastRecord();
    if (last.isEmpty() || !GitSource.NAME.equals(last.get().source())) {
      return;
    }
    RawRecord record = last.get();
    JsonNode body = MAPPER.readTree(record.body());
    if ("git-commits".equals(record.kind()) && body.isArray() && body.size() > 0) {
      String lastSha = body.get(body.size() - 1).path("sha").asText();
      if (lastSha.equals(checkpoint.lastStored()) || tips.contains(lastSha)) {
        return;
      }
      for (JsonNode commit : body) {
        JsonNode parents = commit.path("parents");
        int n = firstParent ? Math.min(1, parents.size()) : parents.size();
        for (int i = 0; i < n; i++) {
          tips.remove(parents.get(i).asText());
        }
        tips.add(commit.path("sha").asText());
      }
      checkpoint = with(checkpoint.commitsStored() + body.size(), checkpoint.storedHead(), lastSha);
      notes.add("the checkpoint missed the last stored batch; taken from the raw store");
    } else if ("git-head".equals(record.kind())) {
      String head = body.path("head").asText(null);
      if (head != null && !head.equals(checkpoint.storedHead())) {
        tips.add(head);
        checkpoint = with(checkpoint.commitsStored(), head, checkpoint.lastStored());
        notes.add("the checkpoint missed the last head record; taken from the raw store");
      }
    }
  }

  private boolean isAncestor(ObjectReader reader, String previousHead, RevCommit tip)
      throws IOException {
    ObjectId id = ObjectId.fromString(previousHead);
    if (!reader.has(id)) {
      return false;
    }
    try (RevWalk walk = new RevWalk(reader)) {
      walk.setFirstParent(firstParent);
      return walk.isMergedInto(walk.parseCommit(id), walk.parseCommit(tip));
    }
  }

  /** The {@code .mailmap} at the tip, as git reads it in a bare repository (HEAD:.mailmap). */
  private static Mailmap mailmap(ObjectReader reader, RevCommit tip) throws IOException {
    try (TreeWalk tw = TreeWalk.forPath(reader, ".mailmap", tip.getTree())) {
      if (tw == null || !tw.getFileMode(0).equals(FileMode.REGULAR_FILE)) {
        return Mailmap.EMPTY;
      }
      ObjectLoader loader = reader.open(tw.getObjectId(0), Constants.OBJ_BLOB);
      return Mailmap.parse(new String(loader.getCachedBytes(1 << 20), StandardCharsets.UTF_8));
    }
  }

  private String joinNotes(String detail) {
    if (notes.isEmpty()) {
      return detail;
    }
    return detail + "; " + String.join("; ", notes);
  }

  private RawRecord record(String kind, String body) {
    return new RawRecord(GitSource.NAME, kind, shownUrl, 0, null, context.clock().instant(), body);
  }
}
