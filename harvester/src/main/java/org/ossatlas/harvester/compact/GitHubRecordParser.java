package org.ossatlas.harvester.compact;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.Set;
import org.ossatlas.harvester.raw.RawRecord;

/**
 * GitHub's REST responses (docs/raw-store.md): {@code commits} pages give one row per commit
 * object, {@code commit} details give the line and file counts of the row with the same sha, {@code
 * repo} and {@code error} records and bodiless responses (304) hold no commits.
 */
public final class GitHubRecordParser implements RecordParser {
  @Override
  public Set<String> kinds() {
    return Set.of("github/commits", "github/commit", "github/repo", "github/error");
  }

  @Override
  public long parse(RawRecord record, CommitSink sink) throws IOException {
    if (record.body().isEmpty() || record.status() < 200 || record.status() >= 300) {
      return 0;
    }
    switch (record.kind()) {
      case "commits" -> {
        JsonNode page = Bodies.array(record.body(), "a commits page");
        for (JsonNode commit : page) {
          sink.commit(row(commit, sink.contributors()));
        }
        return page.size();
      }
      case "commit" -> {
        JsonNode detail = Bodies.tree(record.body());
        JsonNode stats = detail.get("stats");
        JsonNode files = detail.get("files");
        sink.stats(
            Bodies.requiredText(detail, "sha"),
            Bodies.count(stats, "additions"),
            Bodies.count(stats, "deletions"),
            files != null && files.isArray() ? files.size() : CommitRow.UNKNOWN);
        return 0;
      }
      default -> {
        return 0;
      }
    }
  }

  static CommitRow row(JsonNode commit, Contributors contributors) {
    String sha = Bodies.requiredText(commit, "sha");
    JsonNode git = commit.get("commit");
    if (git == null || !git.isObject()) {
      throw new IllegalArgumentException("commit " + sha + " has no `commit` object");
    }
    JsonNode author = git.get("author");
    JsonNode committer = git.get("committer");
    String authorLogin = Bodies.text(commit.get("author"), "login");
    String committerLogin = Bodies.text(commit.get("committer"), "login");
    String authorEmail = Bodies.text(author, "email");
    String authorName = Bodies.text(author, "name");
    CommitRow row =
        new CommitRow(
            sha,
            contributors.key(authorEmail, authorName, authorLogin),
            Bodies.epochSeconds(Bodies.text(author, "date")),
            contributors.key(
                Bodies.text(committer, "email"), Bodies.text(committer, "name"), committerLogin),
            Bodies.epochSeconds(Bodies.text(committer, "date")),
            Bodies.parents(commit),
            Contributors.isBot(authorEmail, authorName, authorLogin));
    JsonNode stats = commit.get("stats");
    if (stats != null) {
      JsonNode files = commit.get("files");
      row.withStats(
          Bodies.count(stats, "additions"),
          Bodies.count(stats, "deletions"),
          files != null && files.isArray() ? files.size() : CommitRow.UNKNOWN);
    }
    return row;
  }
}
