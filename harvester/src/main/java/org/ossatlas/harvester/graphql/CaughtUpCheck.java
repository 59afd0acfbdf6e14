package org.ossatlas.harvester.graphql;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ossatlas.harvester.HarvestContext;
import org.ossatlas.harvester.raw.RawRecord;

/**
 * Asks, for up to 50 repositories in one query (aliases {@code r0…r49}), for the facts and the head
 * of the default branch. A project whose head is the one its last walk ended at is caught up at the
 * cost of a fiftieth of a request; the others walk. Each project's slice of the answer is stored in
 * its own raw log as a {@code repo} record ({@code {"data":{"repository":…}}} with the answer's
 * headers), so that compaction finds the newest facts per project.
 */
final class CaughtUpCheck {
  /** What the check found for one project. */
  enum Verdict {
    UNCHANGED,
    CHANGED,
    GONE,
    UNKNOWN
  }

  /** A project to check: its id and {@code OWNER/NAME}, and the head its last walk ended at. */
  record Candidate(String project, String repo, String head) {}

  private final GraphQlClient client;
  private final GraphQlSettings settings;
  private final HarvestContext context;

  CaughtUpCheck(GraphQlClient client, GraphQlSettings settings, HarvestContext context) {
    this.client = client;
    this.settings = settings;
    this.context = context;
  }

  /**
   * Checks one batch; on an answer that cannot be used after the retries every verdict is {@link
   * Verdict#UNKNOWN} (the projects walk instead, which handles the fault on its own).
   */
  Map<String, Verdict> check(List<Candidate> batch) throws Stop {
    Map<String, Verdict> verdicts = new HashMap<>();
    batch.forEach(c -> verdicts.put(c.project(), Verdict.UNKNOWN));
    List<String> repos = batch.stream().map(Candidate::repo).toList();
    String query = Queries.check(repos);
    ObjectNode noVariables = GraphQlClient.JSON.createObjectNode();
    for (int attempt = 1; attempt <= settings.maxAttempts(); attempt++) {
      Reply reply;
      try {
        reply = client.post(query, noVariables);
      } catch (IOException e) {
        reply = null; // no answer: retried like a 5xx
      } catch (Stop | RuntimeException e) {
        storeErrors(batch.get(0).project(), client.drain(), null);
        throw e;
      }
      JsonNode data = reply == null || reply.status() != 200 ? null : reply.data();
      if (data == null) {
        storeErrors(batch.get(0).project(), client.drain(), null);
        if (reply != null && reply.status() >= 400 && reply.status() < 500) {
          return verdicts;
        }
        if (attempt < settings.maxAttempts()) {
          client.backoff(attempt);
        }
        continue;
      }
      storeErrors(batch.get(0).project(), client.drain(), reply);
      for (int i = 0; i < batch.size(); i++) {
        Candidate candidate = batch.get(i);
        JsonNode repo = data.get("r" + i);
        if (repo == null || repo.isNull()) {
          verdicts.put(candidate.project(), notFound(reply, i) ? Verdict.GONE : Verdict.UNKNOWN);
          continue;
        }
        store(candidate.project(), reply, repo);
        String head = repo.path("defaultBranchRef").path("target").path("oid").asText(null);
        String name = repo.path("nameWithOwner").asText(candidate.repo());
        boolean same =
            head != null
                && head.equals(candidate.head())
                && name.equalsIgnoreCase(candidate.repo());
        verdicts.put(candidate.project(), same ? Verdict.UNCHANGED : Verdict.CHANGED);
      }
      return verdicts;
    }
    return verdicts;
  }

  private static boolean notFound(Reply reply, int index) {
    for (JsonNode error : reply.errors()) {
      JsonNode path = error.path("path");
      if ("NOT_FOUND".equals(error.path("type").asText())
          && path.isArray()
          && path.size() > 0
          && ("r" + index).equals(path.get(0).asText())) {
        return true;
      }
    }
    return false;
  }

  private void store(String project, Reply reply, JsonNode repo) {
    ObjectNode body = GraphQlClient.JSON.createObjectNode();
    body.putObject("data").set("repository", repo);
    String text;
    try {
      text = GraphQlClient.JSON.writeValueAsString(body);
    } catch (IOException e) {
      throw new IllegalStateException("a parsed answer always serializes", e);
    }
    context
        .raw()
        .open(project)
        .append(
            new RawRecord(
                GraphQlSource.NAME,
                "repo",
                reply.url(),
                reply.status(),
                reply.headers(),
                reply.fetchedAt(),
                text));
  }

  /** Stores the answers other than {@code used} as {@code error} records of {@code project}. */
  private void storeErrors(String project, List<Reply> replies, Reply used) {
    List<RawRecord> errors = new ArrayList<>();
    for (Reply reply : replies) {
      if (reply != used) {
        errors.add(reply.toRaw("error"));
      }
    }
    context.raw().open(project).append(errors);
  }
}
