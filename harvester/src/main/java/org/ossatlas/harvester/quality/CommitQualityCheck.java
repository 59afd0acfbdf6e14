package org.ossatlas.harvester.quality;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.ossatlas.common.AtlasException;
import org.ossatlas.common.AtomicFiles;
import org.ossatlas.common.commits.CommitCursor;
import org.ossatlas.common.commits.CommitTableReader;
import org.ossatlas.common.commits.CommitTableRow;
import org.ossatlas.harvester.quality.Finding.Severity;

/**
 * Applies {@link QualityRules} to the compacted commits in one streaming pass, and compares each
 * project's count with the one stored by the previous check ({@code data/state/quality.json}).
 */
public final class CommitQualityCheck {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int MAX_LISTED = 5;

  private final QualityRules rules;
  private final Path previousCounts;

  public CommitQualityCheck(QualityRules rules, Path stateDir) {
    this.rules = rules;
    this.previousCounts = stateDir.resolve("quality.json");
  }

  /**
   * Checks {@code commitsFile} for the projects of the sheets, then stores the counts for the next
   * run (only when no error was found, so an accidental drop keeps being reported until fixed).
   */
  public QualityReport check(Path commitsFile, Collection<String> expectedProjects, Instant now) {
    Tally tally = tally(commitsFile, now);
    List<Finding> findings = new ArrayList<>(tally.findings());
    findings.addAll(projectFindings(tally, expectedProjects));
    Set<String> expected = new HashSet<>(expectedProjects);
    Map<String, Long> previous = readPreviousCounts();
    findings.addAll(countDrops(tally.commits(), previous, expected));
    QualityReport report = new QualityReport(List.copyOf(findings), tally.commits());
    if (!report.hasErrors()) {
      Map<String, Long> counts = new TreeMap<>(tally.commits());
      previous.keySet().stream()
          .filter(expected::contains)
          .forEach(project -> counts.putIfAbsent(project, 0L));
      storeCounts(counts);
    }
    return report;
  }

  private Tally tally(Path commitsFile, Instant now) {
    Tally tally = new Tally(rules, now);
    if (!Files.exists(commitsFile)) {
      return tally;
    }
    try (CommitTableReader reader = CommitTableReader.open(commitsFile)) {
      reader.forEachRow(tally::add);
    }
    return tally;
  }

  private List<Finding> projectFindings(Tally tally, Collection<String> expectedProjects) {
    List<Finding> findings = new ArrayList<>();
    for (String project : new java.util.TreeSet<>(expectedProjects)) {
      long commits = tally.commits().getOrDefault(project, 0L);
      if (commits == 0) {
        findings.add(
            new Finding(
                "no-commits",
                Severity.WARNING,
                project,
                "no commits harvested yet (run `make harvest`, or check its status)"));
        continue;
      }
      long bots = tally.botCommits().getOrDefault(project, 0L);
      if (bots > rules.maxBotShare() * commits) {
        findings.add(
            new Finding(
                "bot-share",
                Severity.WARNING,
                project,
                String.format(
                    java.util.Locale.ROOT,
                    "bots made %d of %d commits (%.0f%%, above %.0f%%)",
                    bots,
                    commits,
                    100.0 * bots / commits,
                    100 * rules.maxBotShare())));
      }
    }
    return findings;
  }

  /**
   * A project with no commits left counts as 0 while the sheets still expect it; one removed from
   * the sheets (and so from the table) is exempt.
   */
  private List<Finding> countDrops(
      Map<String, Long> now, Map<String, Long> before, Set<String> expected) {
    List<Finding> findings = new ArrayList<>();
    before.forEach(
        (project, previous) -> {
          if (!now.containsKey(project) && !expected.contains(project)) {
            return;
          }
          long current = now.getOrDefault(project, 0L);
          if (current < previous) {
            long lost = previous - current;
            Severity severity =
                lost > rules.maxDropShare() * previous ? Severity.ERROR : Severity.WARNING;
            findings.add(
                new Finding(
                    "count-drop",
                    severity,
                    project,
                    "commits fell from "
                        + previous
                        + " to "
                        + current
                        + " since the last check: history rewritten, or raw files lost?"
                        + " Check data/raw/"
                        + project
                        + " and the harvest status"));
          }
        });
    findings.sort(java.util.Comparator.comparing(Finding::project));
    return findings;
  }

  private Map<String, Long> readPreviousCounts() {
    if (!Files.exists(previousCounts)) {
      return Map.of();
    }
    try {
      return new TreeMap<>(
          JSON.readValue(previousCounts.toFile(), new TypeReference<Map<String, Long>>() {}));
    } catch (IOException e) {
      throw AtlasException.invalidData(
          previousCounts
              + ": not a JSON object of counts ("
              + e.getMessage()
              + "); delete it to start over");
    }
  }

  private void storeCounts(Map<String, Long> counts) {
    AtomicFiles.write(
        previousCounts,
        out -> JSON.writerWithDefaultPrettyPrinter().writeValue(out, new TreeMap<>(counts)));
  }

  /** Counts per project and date findings, gathered in one pass. */
  private static final class Tally {
    private final QualityRules rules;
    private final Instant latestPlausible;
    private final Map<String, Long> commits = new TreeMap<>();
    private final Map<String, Long> botCommits = new HashMap<>();
    private final Map<String, String> projectOfSha = new HashMap<>();
    private final Map<String, DateIssues> futureDates = new TreeMap<>();
    private final Map<String, DateIssues> ancientDates = new TreeMap<>();
    private final Map<String, DateIssues> unknownDates = new TreeMap<>();
    private final Map<String, List<String>> sharedShas = new TreeMap<>();
    private final Map<String, DateIssues> hugeChanges = new TreeMap<>();

    Tally(QualityRules rules, Instant now) {
      this.rules = rules;
      this.latestPlausible = now.plus(rules.futureSlack());
    }

    void add(CommitCursor row) {
      String project = row.project();
      String sha = row.sha();
      commits.merge(project, 1L, Long::sum);
      if (row.bot()) {
        botCommits.merge(project, 1L, Long::sum);
      }
      String other = projectOfSha.putIfAbsent(sha, project);
      if (other != null && !other.equals(project)) {
        sharedShas.computeIfAbsent(pairKey(other, project), k -> new ArrayList<>()).add(sha);
      }
      checkDate(row, project, sha);
      checkLines(row, project, sha);
    }

    private void checkLines(CommitCursor row, String project, String sha) {
      long lines = Math.max(row.additions(), row.deletions()); // unknown counts are negative
      if (lines > rules.maxLinesPerCommit()) {
        hugeChanges.computeIfAbsent(project, p -> new DateIssues()).add(sha + " (" + lines + ")");
      }
    }

    private void checkDate(CommitCursor row, String project, String sha) {
      long time = row.authorTime(); // the reader reports a malformed time with file and line
      if (time == CommitTableRow.UNKNOWN_TIME) {
        // compaction writes no time when the source gave none: not a date the rules can judge
        unknownDates.computeIfAbsent(project, p -> new DateIssues()).add(sha, null);
        return;
      }
      Instant authored = Instant.ofEpochSecond(time);
      if (authored.isAfter(latestPlausible)) {
        futureDates.computeIfAbsent(project, p -> new DateIssues()).add(sha, authored);
      } else if (authored.isBefore(rules.earliestPlausible())) {
        ancientDates.computeIfAbsent(project, p -> new DateIssues()).add(sha, authored);
      }
    }

    Map<String, Long> commits() {
      return commits;
    }

    Map<String, Long> botCommits() {
      return botCommits;
    }

    List<Finding> findings() {
      List<Finding> findings = new ArrayList<>();
      futureDates.forEach(
          (project, issues) ->
              findings.add(
                  new Finding(
                      "future-date",
                      Severity.WARNING,
                      project,
                      issues.describe("dated in the future"))));
      ancientDates.forEach(
          (project, issues) ->
              findings.add(
                  new Finding(
                      "ancient-date",
                      Severity.WARNING,
                      project,
                      issues.describe("dated before " + rules.earliestPlausible()))));
      unknownDates.forEach(
          (project, issues) ->
              findings.add(
                  new Finding(
                      "unknown-date",
                      Severity.WARNING,
                      project,
                      issues.describe("without an author time (the source gave none)"))));
      hugeChanges.forEach(
          (project, issues) ->
              findings.add(
                  new Finding(
                      "huge-change",
                      Severity.WARNING,
                      project,
                      issues.describe(
                          "claiming more than "
                              + rules.maxLinesPerCommit()
                              + " changed lines; line totals are suspect"))));
      sharedShas.forEach(
          (pair, shas) ->
              findings.add(
                  new Finding(
                      "shared-sha",
                      Severity.WARNING,
                      pair,
                      shas.size()
                          + " commits appear in both projects (a fork or a mirror?), e.g. "
                          + String.join(
                              ", ", shas.subList(0, Math.min(MAX_LISTED, shas.size()))))));
      return findings;
    }

    private static String pairKey(String a, String b) {
      return a.compareTo(b) < 0 ? a + "+" + b : b + "+" + a;
    }
  }

  /** A count and a few examples of commits with an implausible date or size. */
  private static final class DateIssues {
    private long count;
    private final List<String> examples = new ArrayList<>();

    void add(String sha, Instant when) {
      add(when == null ? sha : sha + " (" + when + ")");
    }

    void add(String example) {
      count++;
      if (examples.size() < MAX_LISTED) {
        examples.add(example);
      }
    }

    String describe(String what) {
      return count + " commits " + what + ", e.g. " + String.join(", ", examples);
    }
  }
}
