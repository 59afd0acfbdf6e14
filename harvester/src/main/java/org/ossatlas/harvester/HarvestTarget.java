package org.ossatlas.harvester;

import java.util.Objects;

/**
 * One project to harvest: its curated id and the repository URL from {@code projects.csv} (a {@code
 * https://github.com/OWNER/NAME} URL or any clone URL).
 */
public record HarvestTarget(String project, String repoUrl) {
  public HarvestTarget {
    Objects.requireNonNull(project, "project");
    Objects.requireNonNull(repoUrl, "repoUrl");
  }
}
