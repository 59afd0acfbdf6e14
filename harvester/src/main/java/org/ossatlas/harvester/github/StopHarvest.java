package org.ossatlas.harvester.github;

/** The run must wind down (budget spent, rate limit): not a failure of the project. */
final class StopHarvest extends Exception {
  private static final long serialVersionUID = 1L;

  StopHarvest(String reason) {
    super(reason, null, false, false);
  }
}
