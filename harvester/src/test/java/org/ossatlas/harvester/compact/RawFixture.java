package org.ossatlas.harvester.compact;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.ossatlas.harvester.raw.RawRecord;
import org.ossatlas.harvester.raw.RawStore;

/** Writes GitHub- and git-shaped raw records with the real {@link RawStore}. */
final class RawFixture {
  static final ObjectMapper JSON = new ObjectMapper();
  static final Instant FETCHED = Instant.parse("2026-11-20T08:00:00Z");

  private final RawStore store;

  /** A store where every append starts a new file, so records spread over several files. */
  RawFixture(Path root) {
    this.store = new RawStore(root, 1, Clock.fixed(FETCHED, ZoneOffset.UTC));
  }

  RawStore store() {
    return store;
  }

  RawFixture append(String project, RawRecord... records) {
    store.open(project).append(java.util.List.of(records));
    return this;
  }

  static RawRecord record(String source, String kind, int status, String body) {
    return new RawRecord(
        source, kind, "https://example.test/" + kind, status, Map.of(), FETCHED, body);
  }

  static RawRecord commitsPage(ObjectNode... commits) {
    ArrayNode page = JSON.createArrayNode();
    for (ObjectNode commit : commits) {
      page.add(commit);
    }
    return record("github", "commits", 200, page.toString());
  }

  static RawRecord detail(String sha, int additions, int deletions, int files) {
    ObjectNode detail = JSON.createObjectNode().put("sha", sha);
    detail.putObject("stats").put("additions", additions).put("deletions", deletions);
    ArrayNode list = detail.putArray("files");
    for (int i = 0; i < files; i++) {
      list.addObject().put("filename", "f" + i);
    }
    return record("github", "commit", 200, detail.toString());
  }

  /** A GitHub commit object as the commits listing returns it. */
  static ObjectNode gh(
      String sha, String name, String email, String login, String date, String... parents) {
    ObjectNode commit = JSON.createObjectNode().put("sha", sha);
    ObjectNode git = commit.putObject("commit");
    git.putObject("author").put("name", name).put("email", email).put("date", date);
    git.putObject("committer")
        .put("name", "GitHub")
        .put("email", "noreply@github.com")
        .put("date", date);
    git.put("message", "a message");
    if (login == null) {
      commit.putNull("author");
    } else {
      commit.putObject("author").put("login", login).put("id", 1);
    }
    commit.putObject("committer").put("login", "web-flow");
    ArrayNode list = commit.putArray("parents");
    for (String parent : parents) {
      list.addObject().put("sha", parent).put("url", "https://example.test/" + parent);
    }
    return commit;
  }

  /** A git-source commit object (offset times, counts). */
  static ObjectNode git(String sha, String email, String time, String... parents) {
    ObjectNode commit = JSON.createObjectNode().put("sha", sha);
    ArrayNode list = commit.putArray("parents");
    for (String parent : parents) {
      list.add(parent);
    }
    commit.putObject("author").put("name", "Some One").put("email", email).put("time", time);
    commit.putObject("committer").put("name", "Some One").put("email", email).put("time", time);
    commit.put("additions", 5).put("deletions", 1).put("files_changed", 2).put("binary_files", 0);
    return commit;
  }

  static RawRecord gitCommits(ObjectNode... commits) {
    ArrayNode array = JSON.createArrayNode();
    for (ObjectNode commit : commits) {
      array.add(commit);
    }
    return record("git", "git-commits", 0, array.toString());
  }

  static RawRecord gitHead(String head, boolean firstParent) {
    ObjectNode body = JSON.createObjectNode().put("ref", "refs/heads/main").put("head", head);
    body.put("first_parent", firstParent).putNull("previous_head").put("rewritten", false);
    return record("git", "git-head", 0, body.toString());
  }

  static String sha(int n) {
    return String.format("%040x", n);
  }
}
