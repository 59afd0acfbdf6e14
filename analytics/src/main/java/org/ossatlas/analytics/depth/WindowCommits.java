package org.ossatlas.analytics.depth;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.ossatlas.common.commits.CommitChunk;
import org.ossatlas.common.commits.CommitCursor;
import org.ossatlas.common.commits.CommitTableReader;
import org.ossatlas.common.commits.CommitTableRow;

/**
 * Human commits by author key per project within a span of time, in one streaming pass over {@code
 * data/commits.csv.gz} (through the table's one reader): only what the organization tables and the
 * backers' evidence need, so memory is bounded by the authors active in the window, not by the
 * history. Bot commits are left out (they count in no organization); a human commit without a key
 * is kept under the key {@code ""}; a commit without an author time is in no window.
 */
public final class WindowCommits {
  private WindowCommits() {}

  /**
   * @param fromEpochSecond start of the window, inclusive
   * @param toEpochSecond end of the window, exclusive
   * @return per project of {@code projects}, commits by author key (projects without any absent)
   */
  public static Map<String, Map<String, Long>> read(
      Path commitTable, Set<String> projects, long fromEpochSecond, long toEpochSecond) {
    Map<String, Map<String, Long>> byProject = new HashMap<>();
    try (CommitTableReader reader = CommitTableReader.open(commitTable)) {
      CommitCursor cursor = reader.newCursor();
      for (CommitChunk chunk = reader.next(); chunk != null; chunk = reader.next()) {
        if (!projects.contains(chunk.project())) {
          continue; // not parsed at all
        }
        Map<String, Long> counts = new HashMap<>();
        chunk.parse(
            cursor,
            c -> {
              long t = c.authorTime();
              if (!c.bot()
                  && t != CommitTableRow.UNKNOWN_TIME
                  && t >= fromEpochSecond
                  && t < toEpochSecond) {
                counts.merge(c.authorKey(), 1L, Long::sum);
              }
            });
        if (!counts.isEmpty()) {
          byProject.merge(
              chunk.project(),
              counts,
              (a, b) -> {
                b.forEach((k, n) -> a.merge(k, n, Long::sum));
                return a;
              });
        }
      }
    }
    return byProject;
  }
}
