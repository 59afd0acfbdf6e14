package org.ossatlas.harvester;

import java.util.Locale;
import java.util.Objects;

/**
 * One project to harvest: its curated id, the repository URL from {@code projects.csv} (a {@code
 * https://github.com/OWNER/NAME} URL or any clone URL), and the curator's choice of source from the
 * optional {@code source} column ({@code github}, {@code git}, or {@code auto} when empty).
 */
public record HarvestTarget(String project, String repoUrl, String source) {
  public HarvestTarget {
    Objects.requireNonNull(project, "project");
    Objects.requireNonNull(repoUrl, "repoUrl");
    source = source == null || source.isBlank() ? "auto" : source.strip().toLowerCase(Locale.ROOT);
  }

  public HarvestTarget(String project, String repoUrl) {
    this(project, repoUrl, "auto");
  }
}
