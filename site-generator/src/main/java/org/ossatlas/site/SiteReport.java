package org.ossatlas.site;

import java.nio.file.Path;
import org.ossatlas.common.StageReport;

/**
 * What a build wrote: pages (HTML), files in all, the data date ({@code YYYY-MM} or null), where,
 * and the stage report for the run log.
 */
public record SiteReport(
    long pages, long files, String asOf, Path out, long millis, StageReport stage) {

  public double pagesPerSecond() {
    return millis == 0 ? pages : pages * 1000.0 / millis;
  }
}
