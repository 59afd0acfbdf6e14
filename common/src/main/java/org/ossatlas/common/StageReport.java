package org.ossatlas.common;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What one run of a stage took in, gave out and passed over, and how long each of its phases took
 * (in the order they ran). Written as one JSON line to {@code data/runs/}, and printed as the
 * summary at the end of a command.
 */
public record StageReport(
    String stage,
    Instant start,
    Instant end,
    long durationMillis,
    boolean succeeded,
    Map<String, Long> in,
    Map<String, Long> out,
    double recordsPerSecond,
    long peakHeapBytes,
    List<String> warnings,
    List<Skipped> skipped,
    Map<String, Long> phaseMillis) {

  /** Records written before phases were timed read with none. */
  public StageReport {
    phaseMillis = phaseMillis == null ? Map.of() : phaseMillis;
  }

  /** A report without phase times. */
  public StageReport(
      String stage,
      Instant start,
      Instant end,
      long durationMillis,
      boolean succeeded,
      Map<String, Long> in,
      Map<String, Long> out,
      double recordsPerSecond,
      long peakHeapBytes,
      List<String> warnings,
      List<Skipped> skipped) {
    this(
        stage,
        start,
        end,
        durationMillis,
        succeeded,
        in,
        out,
        recordsPerSecond,
        peakHeapBytes,
        warnings,
        skipped,
        Map.of());
  }

  /** An item a stage did not process, and why. */
  public record Skipped(String item, String reason) {}
}
