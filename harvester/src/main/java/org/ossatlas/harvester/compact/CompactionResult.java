package org.ossatlas.harvester.compact;

import java.util.List;
import java.util.Map;
import org.ossatlas.common.RepoFacts;

/**
 * What one compaction read, kept and dropped. {@code commitEntries = rows + duplicates +
 * unreachable} always holds for a result that was returned (the compactor checks it before
 * replacing the file).
 *
 * @param commitEntries commit objects found in raw records (a sha stored twice counts twice)
 * @param duplicates entries dropped because their {@code (project, sha)} was already kept
 * @param unreachable commits dropped because the newest git head no longer reaches them
 * @param orphanDetails GitHub commit details whose sha is in no kept row (ignored)
 * @param unparsed records of a {@code source/kind} no parser reads, by kind (skipped)
 * @param rowsPerProject rows written per project, sorted by project
 * @param reconciled the count checks that held, for the run report
 * @param repoFacts one row of repository facts per project, newest record first (for {@code
 *     data/repos.csv}; empty cells for projects no record describes)
 */
public record CompactionResult(
    long projects,
    long rawFiles,
    long rawBytes,
    long rawRecords,
    long commitEntries,
    long duplicates,
    long unreachable,
    long rows,
    long orphanDetails,
    long tornFiles,
    Map<String, Long> unparsed,
    Map<String, Long> rowsPerProject,
    List<String> warnings,
    List<String> reconciled,
    long outputBytes,
    long millis,
    List<RepoFacts> repoFacts) {

  public double commitsPerSecond() {
    return millis == 0 ? commitEntries : commitEntries * 1000.0 / millis;
  }
}
