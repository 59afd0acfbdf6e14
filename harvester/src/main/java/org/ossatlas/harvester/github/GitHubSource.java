package org.ossatlas.harvester.github;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.kohsuke.github.connector.GitHubConnector;
import org.ossatlas.common.RepositoryUrl;
import org.ossatlas.harvester.HarvestContext;
import org.ossatlas.harvester.HarvestTarget;
import org.ossatlas.harvester.RequestBudget;
import org.ossatlas.harvester.Sleeper;
import org.ossatlas.harvester.Source;
import org.ossatlas.harvester.TargetOutcome;
import org.ossatlas.harvester.raw.RawLog;
import org.ossatlas.harvester.raw.RawRecord;

/**
 * Commits from the GitHub REST API. Per project and run: the repository object once (conditional,
 * so usually a free 304), then the commit listing (100 a page, following {@code Link}; a
 * conditional first page tells in one free request whether anything is new), then the details of
 * new commits for their line counts. See {@code docs/harvest.md} for the walk, the overlap and what
 * a checkpoint holds.
 *
 * <p>Requests go through hub4j's connector layer ({@link GitHubApi}) rather than its object model:
 * the object model cannot resume a listing from a stored {@code Link} URL, hides 301s and 304s, and
 * some of its getters issue hidden requests. The JSON needed (SHAs, dates, names) is read from the
 * stored bodies with Jackson.
 */
public final class GitHubSource implements Source {
  static final String NAME = "github";
  private static final int DETAIL_BATCH = 10;
  private static final Duration FUTURE_SLACK = Duration.ofDays(1);
  private static final ObjectMapper JSON = new ObjectMapper();

  private final GitHubSettings settings;
  private final RequestBudget budget;
  private final Sleeper sleeper;
  private final GitHubConnector transport;

  public GitHubSource(GitHubSettings settings, RequestBudget budget, Sleeper sleeper) {
    this(settings, budget, sleeper, GitHubApi.defaultTransport());
  }

  GitHubSource(
      GitHubSettings settings, RequestBudget budget, Sleeper sleeper, GitHubConnector transport) {
    this.settings = settings;
    this.budget = budget;
    this.sleeper = sleeper;
    this.transport = transport;
  }

  @Override
  public String name() {
    return NAME;
  }

  /**
   * {@code OWNER/NAME} of a GitHub repository URL ({@code .git} or not), empty for any other: the
   * validator's rule ({@link RepositoryUrl}), so a row that validates with {@code source=github} is
   * one this source harvests.
   */
  public static Optional<String> repoOf(String url) {
    return RepositoryUrl.gitHubSlug(url);
  }

  @Override
  public boolean canHarvest(HarvestTarget target) {
    return repoOf(target.repoUrl()).isPresent();
  }

  @Override
  public TargetOutcome harvest(HarvestTarget target, HarvestContext context) {
    return new Run(target, context).execute();
  }

  /** The checkpoint file of a project. */
  public static Path checkpointFile(Path stateDir, String project) {
    return stateDir.resolve(NAME).resolve(project + ".json");
  }

  /** One project's harvest in one run. */
  private final class Run {
    private final HarvestTarget target;
    private final HarvestContext context;
    private final Path checkpointFile;
    private final RawLog log;
    private final GitHubApi api;
    private GitHubCheckpoint cp;
    private DetailQueue queue;
    private long newCommits;
    private final List<String> notes = new ArrayList<>();

    Run(HarvestTarget target, HarvestContext context) {
      this.target = target;
      this.context = context;
      this.checkpointFile = checkpointFile(context.stateDir(), target.project());
      this.log = context.raw().open(target.project());
      this.api = new GitHubApi(settings, budget, sleeper, context.clock(), transport);
    }

    TargetOutcome execute() {
      cp = GitHubCheckpoint.read(checkpointFile);
      Optional<String> repo = repoOf(target.repoUrl());
      if (repo.isEmpty()) {
        // The sheet's `source` column said github for a clone URL: a curator has to fix the row.
        if (cp == null) {
          cp = new GitHubCheckpoint();
          cp.project = target.project();
          cp.repoUrl = target.repoUrl();
        }
        cp.failure =
            "not a GitHub repository URL ("
                + target.repoUrl()
                + "): write https://github.com/OWNER/NAME, or set source to git";
        return finish(TargetOutcome.Status.FAILED, cp.failure);
      }
      if (cp == null || !target.repoUrl().equals(cp.repoUrl)) {
        GitHubCheckpoint fresh = new GitHubCheckpoint();
        fresh.project = target.project();
        fresh.repoUrl = target.repoUrl();
        fresh.repo = repo.get();
        fresh.commitsStored = cp == null ? 0 : cp.commitsStored;
        if (cp != null) {
          // A new URL is a new repository: start it over, but keep the detail queue file honest.
          new DetailQueue(queueFile(), 0).clear();
        }
        cp = fresh;
      }
      queue = new DetailQueue(queueFile(), cp.queueLength);
      cp.failure = null;
      try {
        if (reconcile()) {
          checkpoint();
        }
        fetchRepository();
        if (cp.failure == null) {
          list();
        }
        if (cp.failure == null && settings.stats()) {
          details();
        }
        if (cp.failure != null) {
          return finish(TargetOutcome.Status.FAILED, cp.failure);
        }
        if (cp.renamedTo != null) {
          notes.add(
              "renamed to "
                  + cp.renamedTo
                  + "; update projects.csv to https://github.com/"
                  + cp.renamedTo);
        }
        return finish(
            TargetOutcome.Status.CAUGHT_UP, notes.isEmpty() ? null : String.join("; ", notes));
      } catch (StopHarvest stop) {
        return finish(TargetOutcome.Status.WORK_LEFT, stop.getMessage());
      } catch (IOException e) {
        return finish(TargetOutcome.Status.FAILED, e.getMessage());
      }
    }

    private Path queueFile() {
      return context.stateDir().resolve(NAME).resolve(target.project() + ".queue");
    }

    /**
     * A run killed after a raw append but before the checkpoint that points past it left one step
     * stored but not applied; the last raw record tells which. Applying it avoids fetching it
     * again.
     */
    private boolean reconcile() {
      Optional<RawRecord> last = log.lastRecord();
      if (last.isEmpty() || !NAME.equals(last.get().source())) {
        return false;
      }
      RawRecord r = last.get();
      Exchange e = new Exchange(r.url(), r.status(), r.headers(), r.body(), r.fetchedAt());
      if (r.kind().equals("commits") && r.status() == 200) {
        if (!isJson(r.body(), true)) {
          return false; // stored before such pages were kept as errors: not a listing
        }
        if (cp.walk != null && r.url().equals(cp.walk.nextUrl)) {
          applyPage(e, false);
          return true;
        }
        if (cp.walk == null
            && r.url().equals(probeUrl())
            && !Objects.equals(e.header("etag"), cp.probeEtag)) {
          applyPage(e, true);
          return true;
        }
        return false;
      }
      String prefix = detailUrl("");
      // Only a stored detail counts: an error record there may be a rate-limit answer kept before
      // the run stopped, not a final one.
      if (r.kind().equals("commit")
          && r.url() != null
          && r.url().startsWith(prefix)
          && cp.queueDone < cp.queueLength) {
        String sha = r.url().substring(prefix.length());
        List<String> pending =
            queue.read(cp.queueDone, (int) Math.min(DETAIL_BATCH, cp.queueLength - cp.queueDone));
        int index = pending.indexOf(sha);
        if (index >= 0) {
          cp.queueDone += index + 1;
          return true;
        }
      }
      return false;
    }

    private void fetchRepository() throws StopHarvest, IOException {
      String url = settings.root() + "/repos/" + cp.repo;
      GitHubApi.Result result = get(url, cp.repoEtag);
      storeChecked(result, "repo", false);
      int status = result.status();
      if (status == 301 || status == 302 || status == 307 || status == 308) {
        String location = result.last().header("location");
        if (location == null) {
          cp.failure = "moved (" + status + ") without a Location";
          checkpoint();
          return;
        }
        try {
          location = java.net.URI.create(url).resolve(location.strip()).toString();
        } catch (IllegalArgumentException e) {
          cp.failure = "moved (" + status + ") to a Location that is not a URL: " + location;
          checkpoint();
          return;
        }
        result = get(location, null);
        storeChecked(result, "repo", false);
        status = result.status();
      }
      if (status == 200) {
        applyRepository(result.last());
      } else if (status != 304) {
        cp.failure = describeFailure(status);
      }
      checkpoint();
    }

    private void applyRepository(Exchange exchange) throws IOException {
      JsonNode repo = JSON.readTree(exchange.body());
      String fullName = repo.path("full_name").asText(null);
      cp.defaultBranch = repo.path("default_branch").asText(cp.defaultBranch);
      if (exchange.url().equals(settings.root() + "/repos/" + cp.repo)) {
        cp.repoEtag = exchange.header("etag");
      } else {
        cp.repoEtag = null; // fetched at the Location of a redirect: the next run asks the new name
      }
      if (fullName != null && !fullName.equalsIgnoreCase(cp.repo)) {
        cp.renamedTo = fullName;
        cp.repo = fullName;
        cp.repoEtag = null;
      }
    }

    private void list() throws StopHarvest, IOException {
      boolean probe = true;
      boolean walkFromThisRun = false;
      while (true) {
        if (cp.walk != null) {
          if (cp.walk.nextUrl != null) {
            GitHubApi.Result result = get(cp.walk.nextUrl, null);
            storeChecked(result, "commits", true);
            if (result.status() != 200) {
              checkpoint();
              throw new IOException(
                  "listing page answered " + result.status() + ": " + cp.walk.nextUrl);
            }
            applyPage(result.last(), false);
            checkpoint();
            continue;
          }
          Instant before = cp.since;
          completeWalk();
          checkpoint();
          probe = !walkFromThisRun || !Objects.equals(before, cp.since);
          continue;
        }
        if (!probe) {
          return;
        }
        probe = false;
        String url = probeUrl();
        GitHubApi.Result result = get(url, url.equals(cp.probeUrl) ? cp.probeEtag : null);
        storeChecked(result, "commits", true);
        if (result.status() == 304) {
          checkpoint();
          return;
        }
        if (result.status() != 200) {
          cp.failure = describeFailure(result.status());
          checkpoint();
          return;
        }
        applyPage(result.last(), true);
        walkFromThisRun = true;
        checkpoint();
      }
    }

    /** Applies one stored listing page; {@code first} starts a walk. */
    private void applyPage(Exchange page, boolean first) {
      JsonNode commits;
      try {
        commits = JSON.readTree(page.body());
      } catch (IOException e) {
        throw new IllegalStateException("GitHub sent a listing that is not JSON: " + page.url(), e);
      }
      if (first) {
        cp.probeUrl = page.url();
        cp.probeEtag = page.header("etag");
        cp.walk = new GitHubCheckpoint.Walk();
        cp.walk.head = commits.size() > 0 ? commits.get(0).path("sha").asText(null) : null;
      }
      // A commit dated in the future (a wrong clock: 2031) must not become `newest`: `since` would
      // follow it and every later listing would come back empty, the project looking caught up.
      // Dates more than a day after the page was fetched are ignored; the others count at most
      // up to the fetch time.
      Instant fetched = page.fetchedAt();
      Instant newest = cp.newest;
      for (JsonNode commit : commits) {
        Instant date = dateOf(commit);
        if (date == null || (fetched != null && date.isAfter(fetched.plus(FUTURE_SLACK)))) {
          continue;
        }
        if (fetched != null && date.isAfter(fetched)) {
          date = fetched;
        }
        if (newest == null || date.isAfter(newest)) {
          newest = date;
        }
      }
      cp.newest = newest;
      Instant keepFrom = newest == null ? null : newest.minus(settings.overlap());
      List<String> fresh = new ArrayList<>();
      for (JsonNode commit : commits) {
        String sha = commit.path("sha").asText("");
        if (sha.length() != 40 || cp.window.containsKey(sha)) {
          continue;
        }
        Instant date = dateOf(commit);
        fresh.add(sha);
        if (date != null && keepFrom != null && !date.isBefore(keepFrom)) {
          cp.window.put(sha, date);
        }
      }
      newCommits += fresh.size();
      cp.commitsStored += fresh.size();
      if (settings.stats()) {
        queue.append(fresh);
        cp.queueLength += fresh.size();
      }
      cp.walk.pages++;
      cp.walk.nextUrl = pin(nextLink(page.header("link")), cp.walk.head);
    }

    private void completeWalk() {
      if (cp.newest != null) {
        Instant candidate = cp.newest.minus(settings.overlap());
        if (cp.since == null || candidate.isAfter(cp.since)) {
          cp.since = candidate;
        }
      }
      if (cp.since != null) {
        cp.window.values().removeIf(date -> date.isBefore(cp.since));
      }
      cp.walk = null;
    }

    private void details() throws StopHarvest, IOException {
      while (cp.queueDone < cp.queueLength) {
        List<String> batch =
            queue.read(cp.queueDone, (int) Math.min(DETAIL_BATCH, cp.queueLength - cp.queueDone));
        List<RawRecord> records = new ArrayList<>();
        int done = 0;
        try {
          for (String sha : batch) {
            GitHubApi.Result result = get(detailUrl(sha), null);
            if (result.status() == 200 && !isJson(result.last().body(), false)) {
              addRecords(records, result, "error");
              throw notJson(result.last());
            }
            addRecords(records, result, "commit");
            done++;
            if (result.status() == 200) {
              cp.detailsStored++;
            } else {
              notes.add("no detail for " + sha.substring(0, 12) + " (" + result.status() + ")");
            }
          }
        } finally {
          if (!records.isEmpty()) {
            log.append(records);
          }
          if (done > 0) {
            cp.queueDone += done;
            checkpoint();
          }
        }
      }
      if (cp.queueLength > 0) {
        cp.queueDone = 0;
        cp.queueLength = 0;
        checkpoint();
        queue.clear();
      }
    }

    private GitHubApi.Result get(String url, String etag) throws StopHarvest, IOException {
      if (context.shouldStop()) {
        throw new StopHarvest(
            budget.stopReason() != null ? budget.stopReason() : "the run was asked to stop");
      }
      try {
        return api.get(url, etag);
      } catch (StopHarvest | IOException | RuntimeException e) {
        // What came back before the request gave up (a secondary limit, a 401, a 502 before a
        // dropped connection) is kept like every response, as error records.
        List<RawRecord> records = new ArrayList<>();
        api.takeUnclaimed().forEach(exchange -> records.add(exchange.toRaw("error")));
        log.append(records);
        throw e;
      }
    }

    /**
     * Stores a response whose 200 body must be a JSON array (a listing) or object. Anything else (a
     * captive portal's or a proxy's HTML page) is stored as an {@code error} record, never under
     * {@code kind}: a stored listing that cannot be applied would fail every later run in {@link
     * #reconcile}. The project then stops with work left; the next run asks again.
     */
    private void storeChecked(GitHubApi.Result result, String kind, boolean array)
        throws StopHarvest {
      if (result.status() == 200 && !isJson(result.last().body(), array)) {
        store(result, "error");
        checkpoint();
        throw notJson(result.last());
      }
      store(result, kind);
    }

    private StopHarvest notJson(Exchange exchange) {
      return new StopHarvest(
          "the answer to "
              + exchange.url()
              + " is not GitHub JSON (a captive portal or proxy page?); stored as an error record,"
              + " the next run asks again");
    }

    private void store(GitHubApi.Result result, String kind) {
      List<RawRecord> records = new ArrayList<>();
      addRecords(records, result, kind);
      log.append(records);
    }

    private void addRecords(List<RawRecord> records, GitHubApi.Result result, String kind) {
      for (Exchange exchange : result.received()) {
        boolean ok = exchange.status() == 200 || exchange.status() == 304;
        records.add(exchange.toRaw(ok && exchange == result.last() ? kind : "error"));
      }
    }

    private String probeUrl() {
      return settings.root()
          + "/repos/"
          + cp.repo
          + "/commits?per_page=100"
          + (cp.since == null ? "" : "&since=" + cp.since);
    }

    private String detailUrl(String sha) {
      return settings.root() + "/repos/" + cp.repo + "/commits/" + sha;
    }

    private TargetOutcome finish(TargetOutcome.Status status, String detail) {
      cp.status =
          switch (status) {
            case CAUGHT_UP -> "caught_up";
            case WORK_LEFT -> "work_left";
            case FAILED -> "failed";
          };
      cp.detail = detail;
      checkpoint();
      return new TargetOutcome(target.project(), NAME, status, newCommits, api.sent(), detail);
    }

    private void checkpoint() {
      cp.updatedAt = context.clock().instant();
      cp.write(checkpointFile);
    }
  }

  static String describeFailure(int status) {
    return switch (status) {
      case 404 -> "gone (404 Not Found): the repository was deleted or made private";
      case 409 -> "empty repository (409 Conflict): nothing to harvest yet";
      case 410 -> "gone (410 Gone)";
      case 451 -> "unavailable for legal reasons (451)";
      case 403 -> "access refused (403 Forbidden)";
      default ->
          status >= 500
              ? "server error " + status + " after retries; the next run tries again"
              : "unexpected answer " + status;
    };
  }

  /** Whether a body parses as a JSON array ({@code array}) or object. */
  static boolean isJson(String body, boolean array) {
    try {
      JsonNode node = JSON.readTree(body);
      return node != null && (array ? node.isArray() : node.isObject());
    } catch (IOException e) {
      return false;
    }
  }

  private static Instant dateOf(JsonNode commit) {
    JsonNode c = commit.path("commit");
    String text = c.path("committer").path("date").asText(null);
    if (text == null) {
      text = c.path("author").path("date").asText(null);
    }
    if (text == null) {
      return null;
    }
    try {
      return Instant.parse(text);
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  /** The {@code rel="next"} URL of a {@code Link} header, or null. */
  static String nextLink(String link) {
    if (link == null) {
      return null;
    }
    for (String part : link.split(",")) {
      String[] pieces = part.split(";");
      if (pieces.length < 2) {
        continue;
      }
      for (int i = 1; i < pieces.length; i++) {
        if (pieces[i].trim().replace(" ", "").equals("rel=\"next\"")) {
          String url = pieces[0].trim();
          if (url.startsWith("<") && url.endsWith(">")) {
            return url.substring(1, url.length() - 1);
          }
        }
      }
    }
    return null;
  }

  /**
   * Pins a listing page to the head SHA the walk started from, so that commits pushed while a walk
   * is under way (even one spread over several runs) do not shift the pages.
   */
  static String pin(String url, String head) {
    if (url == null || head == null) {
      return url;
    }
    int q = url.indexOf('?');
    String base = q < 0 ? url : url.substring(0, q);
    List<String> params = new ArrayList<>();
    if (q >= 0) {
      for (String param : url.substring(q + 1).split("&")) {
        if (!param.isEmpty() && !param.startsWith("sha=")) {
          params.add(param);
        }
      }
    }
    params.add("sha=" + head);
    return base + "?" + String.join("&", params);
  }
}
