package org.ossatlas.harvester.quality;

import java.util.List;
import java.util.Map;

/** What a data-quality check found, and the per-project counts it saw (kept for the next run). */
public record QualityReport(List<Finding> findings, Map<String, Long> commitsPerProject) {

  public boolean hasErrors() {
    return findings.stream().anyMatch(f -> f.severity() == Finding.Severity.ERROR);
  }

  public long count(Finding.Severity severity) {
    return findings.stream().filter(f -> f.severity() == severity).count();
  }
}
