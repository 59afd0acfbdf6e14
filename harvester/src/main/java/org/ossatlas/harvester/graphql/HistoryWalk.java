package org.ossatlas.harvester.graphql;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.ossatlas.harvester.HarvestContext;
import org.ossatlas.harvester.HarvestTarget;
import org.ossatlas.harvester.TargetOutcome;
import org.ossatlas.harvester.raw.RawLog;
import org.ossatlas.harvester.raw.RawRecord;

/**
 * One project's history walk in one run: a {@code Start} query (facts, head and first page in one
 * answer), then {@code Page} queries from the head read there, 100 commits with their line counts
 * each, until the history (since the last walk, minus the overlap) is stored. See docs/harvest.md
 * for the overlap, the window and what a heavy page does to the page size.
 */
final class HistoryWalk {
  private static final Duration FUTURE_SLACK = Duration.ofDays(1);

  /** The repository is gone or was never there: the project fails for this run. */
  static final class Gone extends Exception {
    private static final long serialVersionUID = 1L;

    Gone(String reason) {
      super(reason, null, false, false);
    }
  }

  private final HarvestTarget target;
  private final HarvestContext context;
  private final GraphQlSettings settings;
  private final GraphQlClient client;
  private final RawLog log;
  private final List<String> notes = new ArrayList<>();
  private final Supplier<String> stopReason;
  private GraphQlCheckpoint cp;
  private long newCommits;
  private Instant fetchedAt;

  HistoryWalk(
      HarvestTarget target,
      HarvestContext context,
      GraphQlSettings settings,
      GraphQlClient client,
      GraphQlCheckpoint checkpoint,
      Supplier<String> stopReason) {
    this.stopReason = stopReason;
    this.target = target;
    this.context = context;
    this.settings = settings;
    this.client = client;
    this.log = context.raw().open(target.project());
    this.cp = checkpoint;
  }

  TargetOutcome run() {
    long sentBefore = client.sent();
    TargetOutcome.Status status;
    String detail;
    try {
      if (cp.walk() == null) {
        start();
      }
      while (cp.walk() != null) {
        next();
      }
      status = TargetOutcome.Status.CAUGHT_UP;
      if (cp.renamedTo() != null) {
        notes.add(
            "renamed to "
                + cp.renamedTo()
                + "; update projects.csv to https://github.com/"
                + cp.renamedTo());
      }
      detail = notes.isEmpty() ? null : String.join("; ", notes);
    } catch (Stop stop) {
      status = TargetOutcome.Status.WORK_LEFT;
      detail = stop.getMessage();
    } catch (Gone gone) {
      status = TargetOutcome.Status.FAILED;
      detail = gone.getMessage();
    } catch (IOException e) {
      status = TargetOutcome.Status.FAILED;
      detail = e.getMessage() + "; the next run tries again from the stored position";
    }
    cp = cp.finished(GraphQlSource.statusText(status), detail, context.clock().instant());
    cp.write(GraphQlCheckpoint.file(context.stateDir(), target.project()));
    return new TargetOutcome(
        target.project(),
        GraphQlSource.NAME,
        status,
        newCommits,
        client.sent() - sentBefore,
        detail);
  }

  private void start() throws Stop, Gone, IOException {
    JsonNode data = fetch(true, null);
    JsonNode repo = data.get("repository");
    String name = repo.path("nameWithOwner").asText(null);
    if (name != null && !name.equalsIgnoreCase(cp.repo())) {
      cp = cp.renamed(name);
    }
    JsonNode branch = repo.get("defaultBranchRef");
    if (branch == null || branch.isNull()) {
      checkpoint();
      throw new Gone("empty repository (no default branch): nothing to harvest yet");
    }
    JsonNode commit = branch.path("target");
    String head = commit.path("oid").asText(null);
    cp = cp.withWalk(new GraphQlCheckpoint.Walk(head, null, 0));
    apply(commit.path("history"), fetchedAt);
  }

  private void next() throws Stop, Gone, IOException {
    JsonNode data = fetch(false, cp.walk().cursor());
    apply(data.path("repository").path("object").path("history"), fetchedAt);
  }

  /**
   * Sends a {@code Start} or {@code Page} query until it answers with a history, storing every
   * answer: the one used as {@code history}, the others as {@code error}. Timeouts, 5xx and
   * GitHub's node limit halve the page size (down to one commit); a single commit that still fails
   * is retried with backoff and then fetched without line counts, with a note: never skipped.
   */
  private JsonNode fetch(boolean start, String after) throws Stop, Gone, IOException {
    int size = Math.max(1, Math.min(cp.pageSize(), settings.pageSize()));
    int failures = 0;
    int failuresAtOne = 0;
    boolean stats = true;
    while (true) {
      if (context.shouldStop()) {
        throw new Stop(stopReason());
      }
      ObjectNode vars = GraphQlClient.JSON.createObjectNode();
      String[] ownerName = cp.repo().split("/", 2);
      vars.put("owner", ownerName[0]).put("name", ownerName[1]).put("first", size);
      if (cp.since() != null) {
        vars.put("since", cp.since().toString());
      }
      if (!start) {
        vars.put("oid", cp.walk().head());
        if (after != null) {
          vars.put("after", after);
        }
      }
      String query = start ? Queries.start(stats) : Queries.page(stats);
      Reply reply;
      String problem;
      try {
        reply = client.post(query, vars);
        problem = problem(reply, start);
      } catch (GraphQlClient.NoAnswer e) {
        reply = null;
        problem = e.getMessage();
      } catch (Stop | RuntimeException e) {
        store(client.drain(), null, null);
        throw e;
      }
      if (problem == null) {
        store(client.drain(), reply, "history");
        fetchedAt = reply.fetchedAt();
        if (!reply.errors().isEmpty()) {
          notes.add("a partial answer (" + reply.firstError() + "); its data was used");
        }
        if (!stats) {
          notes.add(
              "line counts unavailable for one commit after "
                  + (after == null ? "the head" : "cursor " + after)
                  + ": GitHub failed "
                  + failuresAtOne
                  + " times on it");
        }
        cp =
            cp.withProgress(
                cp.commitsStored(),
                cp.newest(),
                cp.window(),
                cp.walk(),
                Math.min(settings.pageSize(), Math.max(size * 2, 1)));
        return reply.data();
      }
      store(client.drain(), null, null);
      if (reply != null && reply.status() == 200 && reply.hasError("NOT_FOUND")) {
        checkpoint();
        throw new Gone(
            "not found: "
                + cp.repo()
                + " was deleted, renamed without a redirect, or made private; fix projects.csv");
      }
      if (reply != null && reply.status() >= 400 && reply.status() < 500 && reply.status() != 408) {
        checkpoint();
        throw new IOException("GitHub answered " + reply.status() + " to a history query");
      }
      failures++;
      if (size > 1) {
        size = Math.max(1, size / 2); // a heavy page: ask for fewer commits
      } else if (++failuresAtOne >= settings.maxAttempts()) {
        if (!stats) {
          checkpoint();
          throw new IOException(
              "GitHub keeps failing on one commit ("
                  + problem
                  + ") even without line counts, "
                  + failuresAtOne
                  + " attempts");
        }
        stats = false;
        failuresAtOne = 0;
      }
      if (failures > 1) {
        client.backoff(failures - 1);
      }
    }
  }

  /** Why an answer cannot be used, or null when it carries the history asked for. */
  private static String problem(Reply reply, boolean start) {
    if (reply.status() != 200) {
      return "HTTP " + reply.status();
    }
    JsonNode data = reply.data();
    JsonNode repo = data == null ? null : data.get("repository");
    if (repo == null || repo.isNull()) {
      return reply.firstError() == null ? "an answer without data" : reply.firstError();
    }
    if (start) {
      JsonNode branch = repo.get("defaultBranchRef");
      if (branch == null || branch.isNull()) {
        return reply.errors().isEmpty() ? null : reply.firstError(); // an empty repository
      }
      JsonNode history = branch.path("target").path("history");
      return history.isObject() ? null : String.valueOf(reply.firstError());
    }
    JsonNode history = repo.path("object").path("history");
    return history.isObject() ? null : String.valueOf(reply.firstError());
  }

  /**
   * Applies one stored history page: counts new commits, moves {@code newest} (ignoring dates more
   * than a day after the fetch, capping the others at the fetch time, so that a wrong clock cannot
   * freeze {@code since}), remembers the shas within the overlap and advances or completes the
   * walk.
   */
  private void apply(JsonNode history, Instant fetched) {
    Instant newest = cp.newest();
    List<JsonNode> commits = new ArrayList<>();
    history.path("nodes").forEach(commits::add);
    for (JsonNode commit : commits) {
      Instant date = dateOf(commit);
      if (date == null || date.isAfter(fetched.plus(FUTURE_SLACK))) {
        continue;
      }
      if (date.isAfter(fetched)) {
        date = fetched;
      }
      if (newest == null || date.isAfter(newest)) {
        newest = date;
      }
    }
    Instant keepFrom = newest == null ? null : newest.minus(settings.overlap());
    Map<String, Instant> window = new TreeMap<>(cp.window());
    long fresh = 0;
    for (JsonNode commit : commits) {
      String sha = commit.path("oid").asText("");
      if (sha.length() != 40 || window.containsKey(sha)) {
        continue;
      }
      fresh++;
      Instant date = dateOf(commit);
      if (date != null && keepFrom != null && !date.isBefore(keepFrom)) {
        window.put(sha, date);
      }
    }
    newCommits += fresh;
    JsonNode pageInfo = history.path("pageInfo");
    GraphQlCheckpoint.Walk walk = cp.walk();
    String cursor = pageInfo.path("endCursor").asText(null);
    boolean more = pageInfo.path("hasNextPage").asBoolean(false) && cursor != null;
    cp =
        cp.withProgress(
            cp.commitsStored() + fresh,
            newest,
            window,
            new GraphQlCheckpoint.Walk(walk.head(), cursor, walk.pages() + 1),
            cp.pageSize());
    if (!more) {
      Instant since = cp.since();
      if (newest != null) {
        Instant candidate = newest.minus(settings.overlap());
        if (since == null || candidate.isAfter(since)) {
          since = candidate;
        }
      }
      Instant cut = since;
      if (cut != null) {
        window.values().removeIf(date -> date.isBefore(cut));
      }
      cp = cp.completed(walk.head(), since, window);
    }
    checkpoint();
  }

  private static Instant dateOf(JsonNode commit) {
    String text = commit.path("committedDate").asText(null);
    if (text == null) {
      text = commit.path("author").path("date").asText(null);
    }
    try {
      return text == null ? null : OffsetDateTime.parse(text).toInstant();
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  private void store(List<Reply> replies, Reply used, String kind) {
    List<RawRecord> records = new ArrayList<>();
    for (Reply reply : replies) {
      records.add(reply.toRaw(reply == used ? kind : "error"));
    }
    log.append(records);
  }

  private void checkpoint() {
    cp = cp.finished(cp.status(), cp.detail(), context.clock().instant());
    cp.write(GraphQlCheckpoint.file(context.stateDir(), target.project()));
  }

  private String stopReason() {
    String reason = stopReason.get();
    return reason == null ? "the run was asked to stop" : reason;
  }
}
