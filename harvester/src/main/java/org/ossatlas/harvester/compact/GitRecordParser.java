package org.ossatlas.harvester.compact;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.Set;
import org.ossatlas.harvester.raw.RawRecord;

/**
 * The git source's own records (docs/raw-store.md): {@code git-commits} arrays of commit objects
 * with counts and offset times, and {@code git-head} tips that decide reachability.
 */
public final class GitRecordParser implements RecordParser {
  @Override
  public Set<String> kinds() {
    return Set.of("git/git-commits", "git/git-head");
  }

  @Override
  public long parse(RawRecord record, CommitSink sink) throws IOException {
    if (record.body().isEmpty()) {
      return 0;
    }
    if (record.kind().equals("git-head")) {
      JsonNode head = Bodies.tree(record.body());
      JsonNode firstParent = head.get("first_parent");
      sink.head(
          new GitHead(
              Bodies.text(head, "ref"),
              Bodies.text(head, "head"),
              firstParent == null || firstParent.asBoolean(true)));
      return 0;
    }
    JsonNode commits = Bodies.array(record.body(), "a git-commits body");
    Contributors contributors = sink.contributors();
    for (JsonNode commit : commits) {
      String sha = Bodies.requiredText(commit, "sha");
      JsonNode author = commit.get("author");
      JsonNode committer = commit.get("committer");
      String email = Bodies.text(author, "email");
      String name = Bodies.text(author, "name");
      sink.commit(
          new CommitRow(
                  sha,
                  contributors.key(email, name, null),
                  Bodies.epochSeconds(Bodies.text(author, "time")),
                  contributors.key(
                      Bodies.text(committer, "email"), Bodies.text(committer, "name"), null),
                  Bodies.epochSeconds(Bodies.text(committer, "time")),
                  Bodies.parents(commit),
                  Contributors.isBot(email, name, null))
              .withStats(
                  Bodies.count(commit, "additions"),
                  Bodies.count(commit, "deletions"),
                  Bodies.count(commit, "files_changed")));
    }
    return commits.size();
  }
}
