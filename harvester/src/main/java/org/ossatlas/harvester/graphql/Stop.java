package org.ossatlas.harvester.graphql;

/** The run must wind down (request budget, points of every identity spent, Ctrl-C). */
final class Stop extends Exception {
  private static final long serialVersionUID = 1L;

  Stop(String reason) {
    super(reason, null, false, false);
  }
}
