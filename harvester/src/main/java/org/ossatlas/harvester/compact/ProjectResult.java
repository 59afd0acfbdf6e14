package org.ossatlas.harvester.compact;

import java.util.List;
import java.util.Map;
import org.ossatlas.common.RepoFacts;

/**
 * What compaction produced for one project: its CSV lines (sorted), its counts, and the e-mail
 * domain of each human author key of its rows.
 */
record ProjectResult(
    String project,
    byte[] csv,
    long rows,
    long files,
    long bytes,
    long records,
    long entries,
    long duplicates,
    long unreachable,
    long orphanDetails,
    long tornFiles,
    Map<String, Long> unparsed,
    List<String> warnings,
    RepoFacts facts,
    Map<String, String> authorDomains) {}
