package org.ossatlas.harvester.git;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Pattern;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.api.errors.JGitInternalException;
import org.eclipse.jgit.errors.NoRemoteRepositoryException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectLoader;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.RefUpdate;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.lib.StoredConfig;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevSort;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.transport.FetchResult;
import org.eclipse.jgit.transport.TagOpt;
import org.eclipse.jgit.transport.URIish;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.ossatlas.common.AtlasException;
import org.ossatlas.harvester.HarvestContext;
import org.ossatlas.harvester.HarvestTarget;
import org.ossatlas.harvester.Source;
import org.ossatlas.harvester.TargetOutcome;
import org.ossatlas.harvester.raw.RawLog;
import org.ossatlas.harvester.raw.RawRecord;

/**
 * Commits from a git clone (JGit): a bare clone per project under {@code clonesDir/<project>.git},
 * fetched again on every run, and the default branch walked for the commits not stored yet. Records
 * and semantics: {@code docs/raw-store.md} and {@code docs/git-source.md}.
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
 * a time). {@link #harvestAll} does that with a fixed number of threads.
 */
public final class GitSource implements Source {
  public static final String NAME = "git";
  public static final int DEFAULT_BATCH = 500;

  private static final JsonFactory JSON = new JsonFactory();
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssxxx", Locale.ROOT);
  private static final Pattern URL_CREDENTIALS = Pattern.compile("(?<=://)[^/@\\s]+@");
  private static final String HEADS = "refs/heads/*";

  private final boolean firstParent;
  private final int batchSize;
  private final int diffThreads;

  /** Full history, {@value #DEFAULT_BATCH} commits per record, diffs on one thread per project. */
  public GitSource() {
    this(false, DEFAULT_BATCH, 1);
  }

  /**
   * @param firstParent walk first parents only ({@code git log --first-parent})
   * @param batchSize commits per {@code git-commits} record (and per checkpoint)
   * @param diffThreads threads computing diff figures within one project (1: the calling thread)
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
    String url = target.repoUrl().strip();
    if (url.isEmpty()) {
      return false;
    }
    try {
      new URIish(url);
      return true;
    } catch (URISyntaxException e) {
      return false;
    }
  }

  /**
   * Harvests several projects at once on {@code threads} threads (each project on one thread, in
   * the order given as threads free up); the outcomes come back in the order of {@code targets}. A
   * project's failure stays its own; a problem that fails every project (a full disk) is thrown
   * after the other threads have finished their project.
   */
  @Override
  public boolean concurrent() {
    return true;
  }

  @Override
  public List<TargetOutcome> harvestAll(
      List<HarvestTarget> targets, HarvestContext context, int threads) {
    ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads));
    try {
      List<Future<TargetOutcome>> futures = new ArrayList<>();
      for (HarvestTarget target : targets) {
        futures.add(pool.submit(() -> harvest(target, context)));
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
    }
  }

  @Override
  public TargetOutcome harvest(HarvestTarget target, HarvestContext context) {
    String project = target.project();
    Path stateFile = context.stateDir().resolve(NAME).resolve(project + ".json");
    GitCheckpoint checkpoint = GitCheckpoint.read(stateFile, project, firstParent);
    String url = cloneUrl(target.repoUrl());
    String shownUrl = redact(url);
    if (context.shouldStop()) {
      return new TargetOutcome(
          project, NAME, TargetOutcome.Status.WORK_LEFT, 0, 0, "stopped before fetching");
    }
    Path clone = context.clonesDir().resolve(project + ".git");
    Run run = new Run(target, context, stateFile, checkpoint, shownUrl);
    String phase = "fetch failed: ";
    try (Repository repo = openClone(clone, url)) {
      Optional<Ref> branch = fetch(repo, shownUrl);
      if (branch.isEmpty()) {
        run.save(GitCheckpoint.CAUGHT_UP, "empty repository: no branch yet", null, 0);
        return run.outcome(TargetOutcome.Status.CAUGHT_UP, "empty repository: no branch yet");
      }
      phase =
          "reading the clone failed (delete "
              + clone.getFileName()
              + " under the clones folder to clone again): ";
      return run.walk(repo, branch.get());
    } catch (UncheckedIOException | AtlasException e) {
      // The raw store or the state folder failed (I/O), or holds data that cannot be read (a
      // corrupt last record, exit 65): neither is this repository's fault, nor fixed by a rerun.
      throw e;
    } catch (IOException | GitAPIException | RuntimeException e) {
      String reason = phase + reason(e, url, shownUrl);
      run.save(
          GitCheckpoint.FAILED, reason, run.checkpoint.walkTarget(), run.checkpoint.walkLeft());
      return run.outcome(TargetOutcome.Status.FAILED, reason);
    }
  }

  /** Everything one harvest of one project changes as it goes. */
  private final class Run {
    final HarvestTarget target;
    final HarvestContext context;
    final Path stateFile;
    final String shownUrl;
    GitCheckpoint checkpoint;
    long newCommits;
    String ref;
    final List<String> notes = new ArrayList<>();

    Run(
        HarvestTarget target,
        HarvestContext context,
        Path stateFile,
        GitCheckpoint checkpoint,
        String shownUrl) {
      this.target = target;
      this.context = context;
      this.stateFile = stateFile;
      this.checkpoint = checkpoint;
      this.shownUrl = shownUrl;
      this.ref = checkpoint.ref();
    }

    TargetOutcome outcome(TargetOutcome.Status status, String detail) {
      return new TargetOutcome(target.project(), NAME, status, newCommits, 0, detail);
    }

    void save(String status, String detail, String walkTarget, long walkLeft) {
      save(status, detail, walkTarget, walkLeft, checkpoint.storedTips());
    }

    void save(
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

    TargetOutcome walk(Repository repo, Ref branch) throws IOException {
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
        Stater stater = new Stater(repo, mailmap);
        try {
          int done = 0;
          while (done < todo.size()) {
            List<RevCommit> batch = todo.subList(done, Math.min(todo.size(), done + batchSize));
            String body = stater.batchJson(batch);
            log.append(record("git-commits", body));
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
        } finally {
          stater.close();
        }
        log.append(record("git-head", headJson(ref, tip.name(), previousHead, rewritten)));
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
            joinNotes(
                String.format(Locale.ROOT, "%d new commits, head %s", todo.size(), tip.name()));
        save(GitCheckpoint.CAUGHT_UP, detail, null, 0, tips);
        return outcome(TargetOutcome.Status.CAUGHT_UP, detail);
      }
    }

    /**
     * The raw store may hold one record more than the checkpoint knows of: a run killed between an
     * append and its checkpoint, or a checkpoint restored from before the last append. Take it into
     * account so that nothing is stored twice.
     */
    private void reconcile(RawLog log, Set<String> tips) throws IOException {
      Optional<RawRecord> last = log.lastRecord();
      if (last.isEmpty() || !NAME.equals(last.get().source())) {
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
        checkpoint =
            with(checkpoint.commitsStored() + body.size(), checkpoint.storedHead(), lastSha);
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

    private String joinNotes(String detail) {
      if (notes.isEmpty()) {
        return detail;
      }
      return detail + "; " + String.join("; ", notes);
    }

    private RawRecord record(String kind, String body) {
      return new RawRecord(NAME, kind, shownUrl, 0, null, context.clock().instant(), body);
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

  /** Diff figures for batches of commits, on the calling thread or on {@code diffThreads}. */
  private final class Stater implements AutoCloseable {
    private final Repository repo;
    private final Mailmap mailmap;
    private final ExecutorService pool;
    private final ThreadLocal<NumStat> numstat;
    private final List<ObjectReader> readers = new ArrayList<>();

    Stater(Repository repo, Mailmap mailmap) {
      this.repo = repo;
      this.mailmap = mailmap;
      this.pool = diffThreads > 1 ? Executors.newFixedThreadPool(diffThreads) : null;
      this.numstat =
          ThreadLocal.withInitial(
              () -> {
                ObjectReader reader = repo.newObjectReader();
                synchronized (readers) {
                  readers.add(reader);
                }
                return new NumStat(reader);
              });
    }

    String batchJson(List<RevCommit> batch) throws IOException {
      NumStat.Stats[] stats = new NumStat.Stats[batch.size()];
      if (pool == null) {
        for (int i = 0; i < batch.size(); i++) {
          stats[i] = stats(batch.get(i));
        }
      } else {
        List<Future<?>> futures = new ArrayList<>();
        int chunk = Math.max(1, (batch.size() + diffThreads * 4 - 1) / (diffThreads * 4));
        for (int start = 0; start < batch.size(); start += chunk) {
          int from = start;
          int to = Math.min(batch.size(), start + chunk);
          futures.add(
              pool.submit(
                  () -> {
                    for (int i = from; i < to; i++) {
                      stats[i] = stats(batch.get(i));
                    }
                    return null;
                  }));
        }
        for (Future<?> f : futures) {
          try {
            f.get();
          } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
              throw io;
            }
            if (e.getCause() instanceof RuntimeException r) {
              throw r;
            }
            throw new IllegalStateException(e.getCause());
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
          }
        }
      }
      StringWriter out = new StringWriter(batch.size() * 400);
      try (JsonGenerator json = JSON.createGenerator(out)) {
        json.writeStartArray();
        for (int i = 0; i < batch.size(); i++) {
          writeCommit(json, batch.get(i), stats[i]);
        }
        json.writeEndArray();
      }
      return out.toString();
    }

    private NumStat.Stats stats(RevCommit c) throws IOException {
      int parents = c.getParentCount();
      if (parents > 1 && !firstParent) {
        return NumStat.Stats.NONE; // git log --numstat shows no diff for a merge
      }
      ObjectId parentTree = parents == 0 ? null : c.getParent(0).getTree().getId();
      return numstat.get().between(parentTree, c.getTree().getId());
    }

    private void writeCommit(JsonGenerator json, RevCommit c, NumStat.Stats s) throws IOException {
      json.writeStartObject();
      json.writeStringField("sha", c.name());
      json.writeArrayFieldStart("parents");
      for (RevCommit p : c.getParents()) {
        json.writeString(p.name());
      }
      json.writeEndArray();
      writePerson(json, "author", c.getAuthorIdent());
      writePerson(json, "committer", c.getCommitterIdent());
      json.writeNumberField("additions", s.additions());
      json.writeNumberField("deletions", s.deletions());
      json.writeNumberField("files_changed", s.filesChanged());
      json.writeNumberField("binary_files", s.binaryFiles());
      json.writeEndObject();
    }

    private void writePerson(JsonGenerator json, String field, PersonIdent who) throws IOException {
      Mailmap.Identity id = mailmap.map(who.getName(), who.getEmailAddress());
      json.writeObjectFieldStart(field);
      json.writeStringField("name", id.name());
      json.writeStringField("email", id.email());
      json.writeStringField(
          "time", OffsetDateTime.ofInstant(who.getWhenAsInstant(), who.getZoneId()).format(TIME));
      json.writeEndObject();
    }

    @Override
    public void close() {
      if (pool != null) {
        pool.shutdownNow();
      }
      synchronized (readers) {
        readers.forEach(ObjectReader::close);
      }
    }
  }

  /** The {@code .mailmap} at the tip, as git reads it in a bare repository (HEAD:.mailmap). */
  private static Mailmap mailmap(ObjectReader reader, RevCommit tip) throws IOException {
    try (TreeWalk tw = TreeWalk.forPath(reader, ".mailmap", tip.getTree())) {
      if (tw == null || !tw.getFileMode(0).equals(org.eclipse.jgit.lib.FileMode.REGULAR_FILE)) {
        return Mailmap.EMPTY;
      }
      ObjectLoader loader = reader.open(tw.getObjectId(0), Constants.OBJ_BLOB);
      return Mailmap.parse(new String(loader.getCachedBytes(1 << 20), StandardCharsets.UTF_8));
    }
  }

  private String headJson(String ref, String head, String previousHead, boolean rewritten)
      throws IOException {
    StringWriter out = new StringWriter();
    try (JsonGenerator json = JSON.createGenerator(out)) {
      json.writeStartObject();
      json.writeStringField("ref", ref);
      json.writeStringField("head", head);
      json.writeBooleanField("first_parent", firstParent);
      json.writeStringField("previous_head", previousHead);
      json.writeBooleanField("rewritten", rewritten);
      json.writeEndObject();
    }
    return out.toString();
  }

  /** Opens the bare clone, creating it on first use; the remote follows the curated URL. */
  private static Repository openClone(Path clone, String url) throws IOException, GitAPIException {
    if (Files.notExists(clone.resolve("HEAD")) || Files.notExists(clone.resolve("config"))) {
      Files.createDirectories(clone);
      Git.init().setBare(true).setGitDir(clone.toFile()).call().close();
    }
    Repository repo =
        new FileRepositoryBuilder().setGitDir(clone.toFile()).setMustExist(true).build();
    StoredConfig config = repo.getConfig();
    boolean changed = !url.equals(config.getString("remote", "origin", "url"));
    changed |= !("+" + HEADS + ":" + HEADS).equals(config.getString("remote", "origin", "fetch"));
    if (changed) {
      config.setString("remote", "origin", "url", url);
      config.setString("remote", "origin", "fetch", "+" + HEADS + ":" + HEADS);
      config.save();
    }
    return repo;
  }

  /**
   * Fetches every branch (pruning deleted ones) and returns the remote's default branch, empty when
   * the remote has no branch at all. The URL goes through the configuration, so {@code insteadOf}
   * applies.
   */
  private static Optional<Ref> fetch(Repository repo, String shownUrl)
      throws IOException, GitAPIException {
    FetchResult result;
    try (Git git = new Git(repo)) {
      result =
          git.fetch()
              .setRemote("origin")
              .setRemoveDeletedRefs(true)
              .setTagOpt(TagOpt.NO_TAGS)
              .setTimeout(120)
              .call();
    }
    String branchName = defaultBranch(result);
    if (branchName == null) {
      if (repo.getRefDatabase().getRefsByPrefix(Constants.R_HEADS).isEmpty()) {
        return Optional.empty();
      }
      throw new IOException(
          "the remote advertises no HEAD and has no main or master branch; cannot tell the default"
              + " branch of "
              + shownUrl);
    }
    Ref branch = repo.exactRef(branchName);
    if (branch == null) {
      throw new IOException("the default branch " + branchName + " was not fetched");
    }
    Ref head = repo.exactRef(Constants.HEAD);
    if (head == null || !head.isSymbolic() || !branchName.equals(head.getTarget().getName())) {
      RefUpdate update = repo.updateRef(Constants.HEAD);
      update.link(branchName);
    }
    return Optional.of(branch);
  }

  private static String defaultBranch(FetchResult result) {
    Ref head = result.getAdvertisedRef(Constants.HEAD);
    Collection<Ref> refs = result.getAdvertisedRefs();
    if (head != null) {
      if (head.isSymbolic()) {
        return head.getTarget().getName();
      }
      ObjectId id = head.getObjectId();
      String match = null;
      for (Ref r : refs) {
        if (r.getName().startsWith(Constants.R_HEADS) && id != null && id.equals(r.getObjectId())) {
          if (match == null || r.getName().endsWith("/main") || r.getName().endsWith("/master")) {
            match = r.getName();
          }
        }
      }
      if (match != null) {
        return match;
      }
    }
    List<String> heads = new ArrayList<>();
    for (Ref r : refs) {
      if (r.getName().startsWith(Constants.R_HEADS)) {
        heads.add(r.getName());
      }
    }
    if (heads.size() == 1) {
      return heads.get(0);
    }
    for (String name : List.of("refs/heads/main", "refs/heads/master")) {
      if (heads.contains(name)) {
        return name;
      }
    }
    return null;
  }

  /** A local relative path becomes absolute, so that the clone's remote does not depend on cwd. */
  static String cloneUrl(String repoUrl) {
    String url = repoUrl.strip();
    if (url.contains("://") || url.matches("^[^/\\\\]+@[^/]+:.*") || url.matches("^[^/]{2,}:.*")) {
      return url;
    }
    return Path.of(url).toAbsolutePath().normalize().toString();
  }

  /** The URL without credentials: no password ever, and no user name for http(s). */
  static String redact(String url) {
    try {
      URIish uri = new URIish(url);
      uri = uri.setPass(null);
      String scheme = uri.getScheme();
      if (scheme != null && scheme.toLowerCase(Locale.ROOT).startsWith("http")) {
        uri = uri.setUser(null);
      }
      return uri.toString();
    } catch (URISyntaxException e) {
      return URL_CREDENTIALS.matcher(url).replaceAll("");
    }
  }

  /** A failure's reason for the outcome: what went wrong, never a credential. */
  private static String reason(Exception e, String url, String shownUrl) {
    StringBuilder why = new StringBuilder();
    if (e instanceof NoRemoteRepositoryException
        || e.getCause() instanceof NoRemoteRepositoryException) {
      why.append("repository not found: ");
    } else if (e instanceof JGitInternalException) {
      why.append("git failed: ");
    }
    Throwable t = e;
    String previous = null;
    int depth = 0;
    while (t != null && depth++ < 4) {
      String message = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
      if (previous == null || !previous.contains(message)) {
        if (previous != null) {
          why.append(": ");
        }
        why.append(message);
        previous = message;
      }
      t = t.getCause();
    }
    String text = why.toString().replace(url, shownUrl);
    return URL_CREDENTIALS.matcher(text).replaceAll("");
  }
}
