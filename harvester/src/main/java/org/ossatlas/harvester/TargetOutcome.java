package org.ossatlas.harvester;

/**
 * How one project's harvest ended.
 *
 * @param newCommits commits stored by this run that were not stored before
 * @param requests HTTP requests spent (0 for git)
 * @param detail why it failed or stopped, or a short note; never a secret
 */
public record TargetOutcome(
    String project, String source, Status status, long newCommits, long requests, String detail) {

  public enum Status {
    CAUGHT_UP,
    WORK_LEFT,
    FAILED
  }
}
