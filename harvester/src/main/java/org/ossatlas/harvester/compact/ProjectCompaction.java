package org.ossatlas.harvester.compact;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.LongConsumer;
import org.ossatlas.common.AtlasException;
import org.ossatlas.common.RepoFacts;
import org.ossatlas.common.commits.CommitTableRow;
import org.ossatlas.harvester.raw.RawFiles;
import org.ossatlas.harvester.raw.RawRecord;

/**
 * Compacts one project: reads its raw files oldest first, keeps one row per sha, merges detail
 * stats, applies the newest git head, and returns the project's CSV lines sorted by author time and
 * sha. One instance per project and thread.
 */
final class ProjectCompaction implements CommitSink {
  private static final String GIT_COMMITS = RecordParser.key("git", "git-commits");
  private static final Comparator<CommitRow> ORDER =
      Comparator.<CommitRow>comparingLong(r -> r.authorTime).thenComparing(r -> r.sha);

  private final String project;
  private final Map<String, RecordParser> parsers;
  private final Contributors contributors = new Contributors();
  private final Map<String, CommitRow> rows = new HashMap<>();
  private final Map<String, int[]> stats = new HashMap<>();
  private final Map<String, Long> unparsed = new TreeMap<>();
  private final List<String> warnings = new ArrayList<>();
  private GitHead head;
  private RepoFacts facts;
  private boolean parsingGitCommits;
  private long records;
  private long entries;
  private long duplicates;
  private long tornFiles;
  private long bytes;

  ProjectCompaction(String project, Map<String, RecordParser> parsers) {
    this.project = project;
    this.parsers = parsers;
  }

  ProjectResult run(List<Path> files, LongConsumer bytesDone) {
    for (Path file : files) {
      read(file);
      long size = sizeOf(file);
      bytes += size;
      bytesDone.accept(size);
    }
    long orphanDetails = mergeStats();
    long unreachable = applyHead();
    List<CommitRow> sorted = new ArrayList<>(rows.values());
    rows.clear();
    sorted.sort(ORDER);
    StringBuilder csv = new StringBuilder(sorted.size() * 140);
    Map<String, String> authorDomains = new HashMap<>();
    for (CommitRow row : sorted) {
      appendLine(csv, row);
      String domain = row.bot ? null : contributors.domain(row.authorKey);
      if (domain != null) {
        authorDomains.put(row.authorKey, domain);
      }
    }
    return new ProjectResult(
        project,
        csv.toString().getBytes(StandardCharsets.UTF_8),
        sorted.size(),
        files.size(),
        bytes,
        records,
        entries,
        duplicates,
        unreachable,
        orphanDetails,
        tornFiles,
        Map.copyOf(unparsed),
        List.copyOf(warnings),
        facts == null ? RepoFacts.unknown(project) : facts,
        authorDomains);
  }

  private void read(Path file) {
    long[] number = {0};
    RawFiles.ReadResult result =
        RawFiles.read(
            file,
            record -> {
              number[0]++;
              parse(file, number[0], record);
            });
    records += result.records();
    if (result.tornTail()) {
      tornFiles++;
      warnings.add(
          file
              + ": torn tail (an append cut by a kill); the "
              + result.records()
              + " records before it were used, the next harvest repairs the file");
    }
  }

  private void parse(Path file, long number, RawRecord record) {
    String key = RecordParser.key(record.source(), record.kind());
    RecordParser parser = parsers.get(key);
    if (parser == null) {
      unparsed.merge(key, 1L, Long::sum);
      return;
    }
    parsingGitCommits = key.equals(GIT_COMMITS);
    try {
      entries += parser.parse(record, this);
    } catch (IOException | IllegalArgumentException e) {
      throw AtlasException.invalidData(
          file
              + ": record "
              + number
              + " ("
              + key
              + "): "
              + String.valueOf(e.getMessage()).lines().findFirst().orElse("")
              + "; the raw store holds what the source received, so this is a source bug or a"
              + " damaged file: report it, or move the file away and harvest again");
    }
  }

  @Override
  public void commit(CommitRow row) {
    CommitRow kept = rows.putIfAbsent(row.sha, row);
    if (parsingGitCommits) {
      (kept == null ? row : kept).fromGit = true;
    }
    if (kept != null) {
      duplicates++;
      if (!kept.hasStats() && row.hasStats()) {
        kept.withStats(row.additions, row.deletions, row.filesChanged);
      }
    }
  }

  @Override
  public void stats(String sha, int additions, int deletions, int filesChanged) {
    stats.put(sha, new int[] {additions, deletions, filesChanged});
  }

  @Override
  public String project() {
    return project;
  }

  @Override
  public void facts(RepoFacts newer) {
    this.facts = newer;
  }

  @Override
  public void head(GitHead head) {
    this.head = head;
  }

  @Override
  public Contributors contributors() {
    return contributors;
  }

  /** Details fill the counts of rows that have none; returns the details of no stored commit. */
  private long mergeStats() {
    long orphans = 0;
    for (Map.Entry<String, int[]> e : stats.entrySet()) {
      CommitRow row = rows.get(e.getKey());
      if (row == null) {
        orphans++;
      } else if (!row.hasStats()) {
        int[] s = e.getValue();
        row.withStats(s[0], s[1], s[2]);
      }
    }
    stats.clear();
    return orphans;
  }

  /**
   * Of the commits stored by the git source, keeps those reachable from the newest head; returns
   * how many were dropped. Commits only GitHub delivered are kept whatever the head: after a switch
   * from git to GitHub, the new commits descend from a head the git source no longer updates.
   */
  private long applyHead() {
    if (head == null) {
      return 0;
    }
    if (head.head() != null && !rows.containsKey(head.head())) {
      warnings.add(
          project
              + ": the newest git-head ("
              + head.head()
              + ") is not among the stored commits; all "
              + rows.size()
              + " commits kept. Harvest the project again");
      return 0;
    }
    Set<String> reachable = new HashSet<>();
    Deque<String> todo = new ArrayDeque<>();
    if (head.head() != null) {
      todo.push(head.head());
    }
    while (!todo.isEmpty()) {
      CommitRow row = rows.get(todo.pop());
      if (row == null || !reachable.add(row.sha)) {
        continue; // a parent outside the store (shallow history), or seen already
      }
      int followed = head.firstParent() ? Math.min(1, row.parents.length) : row.parents.length;
      for (int i = 0; i < followed; i++) {
        todo.push(row.parents[i]);
      }
    }
    int before = rows.size();
    rows.values().removeIf(row -> row.fromGit && !reachable.contains(row.sha));
    return before - rows.size();
  }

  private void appendLine(StringBuilder csv, CommitRow row) {
    new CommitTableRow(
            project,
            row.sha,
            row.authorKey,
            row.authorTime == CommitRow.UNKNOWN_TIME ? CommitTableRow.UNKNOWN_TIME : row.authorTime,
            row.committerKey,
            row.committerTime == CommitRow.UNKNOWN_TIME
                ? CommitTableRow.UNKNOWN_TIME
                : row.committerTime,
            Math.max(-1, row.additions),
            Math.max(-1, row.deletions),
            Math.max(-1, row.filesChanged),
            row.merge(),
            row.bot)
        .appendTo(csv);
  }

  private static long sizeOf(Path file) {
    try {
      return Files.size(file);
    } catch (IOException e) {
      return 0;
    }
  }
}
