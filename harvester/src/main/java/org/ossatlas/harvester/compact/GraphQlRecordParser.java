package org.ossatlas.harvester.compact;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.ossatlas.harvester.raw.RawRecord;

/**
 * The GraphQL source's records (docs/raw-store.md): {@code history} answers give one row per commit
 * node, line counts included, and the repository facts when the answer started a walk; {@code repo}
 * records (a caught-up check's slice) give facts only; {@code error} records hold nothing.
 */
public final class GraphQlRecordParser implements RecordParser {
  @Override
  public Set<String> kinds() {
    return Set.of("graphql/history", "graphql/repo", "graphql/error");
  }

  @Override
  public long parse(RawRecord record, CommitSink sink) throws IOException {
    if (record.kind().equals("error") || record.body().isEmpty() || record.status() != 200) {
      return 0;
    }
    JsonNode repo = Bodies.tree(record.body()).path("data").path("repository");
    if (!repo.isObject()) {
      throw new IllegalArgumentException("a " + record.kind() + " record without data.repository");
    }
    if (repo.has("nameWithOwner")) {
      sink.facts(RepoFactsReader.fromGraphQl(sink.project(), repo));
    }
    if (record.kind().equals("repo")) {
      return 0;
    }
    JsonNode history =
        repo.has("object")
            ? repo.path("object").path("history")
            : repo.path("defaultBranchRef").path("target").path("history");
    JsonNode nodes = history.path("nodes");
    if (!nodes.isArray()) {
      throw new IllegalArgumentException("a history record without history.nodes");
    }
    Contributors contributors = sink.contributors();
    for (JsonNode commit : nodes) {
      String sha = Bodies.requiredText(commit, "oid");
      JsonNode author = commit.path("author");
      JsonNode committer = commit.path("committer");
      String email = Bodies.text(author, "email");
      String name = Bodies.text(author, "name");
      String login = Bodies.text(author.path("user"), "login");
      List<String> parents = new ArrayList<>(2);
      commit.path("parents").path("nodes").forEach(p -> parents.add(p.path("oid").asText()));
      int parentCount = commit.path("parents").path("totalCount").asInt(parents.size());
      while (parents.size() < parentCount) {
        parents.add(""); // an octopus merge beyond the parents asked for: counted, not named
      }
      sink.commit(
          new CommitRow(
                  sha,
                  contributors.key(email, name, login),
                  Bodies.epochSeconds(Bodies.text(author, "date")),
                  contributors.key(
                      Bodies.text(committer, "email"),
                      Bodies.text(committer, "name"),
                      Bodies.text(committer.path("user"), "login")),
                  Bodies.epochSeconds(Bodies.text(committer, "date")),
                  parents,
                  Contributors.isBot(email, name, login))
              .withStats(
                  Bodies.count(commit, "additions"),
                  Bodies.count(commit, "deletions"),
                  Bodies.count(commit, "changedFilesIfAvailable")));
    }
    return nodes.size();
  }
}
