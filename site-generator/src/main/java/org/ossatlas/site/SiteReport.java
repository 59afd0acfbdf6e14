package org.ossatlas.site;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.ossatlas.common.StageReport;

/**
 * What a build wrote: pages (HTML), files in all, the data date ({@code YYYY-MM} or null), where,
 * the stage report for the run log, and how long each phase took (model, pages, checks, publish),
 * so that a slow render says where its time went.
 */
public record SiteReport(
    long pages,
    long files,
    String asOf,
    Path out,
    long millis,
    StageReport stage,
    Map<String, Long> phaseMillis) {

  /** {@code model 0.2 s, pages 0.6 s, checks 0.4 s, publish 0.0 s}. */
  public String phases() {
    return phaseMillis.entrySet().stream()
        .map(e -> String.format(Locale.ROOT, "%s %.1f s", e.getKey(), e.getValue() / 1000.0))
        .collect(Collectors.joining(", "));
  }

  public double pagesPerSecond() {
    return millis == 0 ? pages : pages * 1000.0 / millis;
  }
}
