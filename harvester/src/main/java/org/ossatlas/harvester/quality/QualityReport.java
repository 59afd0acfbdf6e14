package org.ossatlas.harvester.quality;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What a data-quality check found, and the per-project counts it saw (kept for the next run). */
public record QualityReport(List<Finding> findings, Map<String, Long> commitsPerProject) {
  /** Above this many findings of one rule and message, they are printed as one line. */
  static final int LISTED = 5;

  public boolean hasErrors() {
    return findings.stream().anyMatch(f -> f.severity() == Finding.Severity.ERROR);
  }

  public long count(Finding.Severity severity) {
    return findings.stream().filter(f -> f.severity() == severity).count();
  }

  /**
   * The findings as lines for people: one per finding, except that many findings saying the same
   * thing (a fresh install has no commits for any project) become one line naming the first few.
   */
  public List<String> lines() {
    Map<String, List<Finding>> same = new LinkedHashMap<>();
    for (Finding f : findings) {
      same.computeIfAbsent(
              f.severity() + "\n" + f.rule() + "\n" + f.message(), k -> new ArrayList<>())
          .add(f);
    }
    List<String> lines = new ArrayList<>();
    for (List<Finding> group : same.values()) {
      if (group.size() <= LISTED) {
        group.forEach(f -> lines.add(f.format()));
        continue;
      }
      Finding first = group.get(0);
      List<String> names = group.stream().limit(LISTED).map(Finding::project).toList();
      String projects =
          group.size()
              + " projects ("
              + String.join(", ", names)
              + " and "
              + (group.size() - LISTED)
              + " more)";
      lines.add(new Finding(first.rule(), first.severity(), projects, first.message()).format());
    }
    return lines;
  }
}
