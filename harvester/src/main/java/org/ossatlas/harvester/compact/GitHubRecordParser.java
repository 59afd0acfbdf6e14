package org.ossatlas.harvester.compact;

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
    return switch (record.kind()) {
      case "commits" -> GitHubCommitReader.page(record.body(), sink);
      case "commit" -> {
        GitHubCommitReader.detail(record.body(), sink);
        yield 0;
      }
      case "repo" -> {
        sink.facts(RepoFactsReader.fromRest(sink.project(), Bodies.tree(record.body())));
        yield 0;
      }
      default -> 0;
    };
  }
}
