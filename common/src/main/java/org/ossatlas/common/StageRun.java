package org.ossatlas.common;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Measures one run of a stage while it works: counts in and out, warnings, skipped items, time and
 * peak heap. Not thread-safe; a stage that works in parallel gathers its counts first.
 */
public final class StageRun {
  private final String stage;
  private final Instant start;
  private final Map<String, Long> in = new LinkedHashMap<>();
  private final Map<String, Long> out = new LinkedHashMap<>();
  private final List<String> warnings = new ArrayList<>();
  private final List<StageReport.Skipped> skipped = new ArrayList<>();
  private final Map<String, Long> phases = new LinkedHashMap<>();
  private long phaseStart = System.nanoTime();

  private StageRun(String stage) {
    this.stage = stage;
    this.start = Instant.now();
    heapPools().forEach(MemoryPoolMXBean::resetPeakUsage);
  }

  public static StageRun start(String stage) {
    return new StageRun(stage);
  }

  public StageRun in(String name, long count) {
    in.merge(name, count, Long::sum);
    return this;
  }

  public StageRun out(String name, long count) {
    out.merge(name, count, Long::sum);
    return this;
  }

  /** Records a warning; URL credentials in it never reach the run log (docs/security.md). */
  public StageRun warn(String warning) {
    warnings.add(RepositoryUrl.redact(warning));
    return this;
  }

  public StageRun skip(String item, String reason) {
    skipped.add(new StageReport.Skipped(RepositoryUrl.redact(item), RepositoryUrl.redact(reason)));
    return this;
  }

  /**
   * Ends a phase named {@code name} now: it took the time since the previous phase ended (or the
   * run started). A name used twice adds up.
   */
  public StageRun phase(String name) {
    long now = System.nanoTime();
    phases.merge(name, (now - phaseStart) / 1_000_000, Long::sum);
    phaseStart = now;
    return this;
  }

  public StageReport finish(boolean succeeded) {
    Instant end = Instant.now();
    long millis = Duration.between(start, end).toMillis();
    long records = out.values().stream().mapToLong(Long::longValue).max().orElse(0);
    double perSecond = millis == 0 ? records : records * 1000.0 / millis;
    return new StageReport(
        stage,
        start,
        end,
        millis,
        succeeded,
        Map.copyOf(in),
        Map.copyOf(out),
        perSecond,
        peakHeapBytes(),
        List.copyOf(warnings),
        List.copyOf(skipped),
        java.util.Collections.unmodifiableMap(new LinkedHashMap<>(phases)));
  }

  private static long peakHeapBytes() {
    return heapPools().stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
  }

  private static List<MemoryPoolMXBean> heapPools() {
    return ManagementFactory.getMemoryPoolMXBeans().stream()
        .filter(pool -> pool.getType() == MemoryType.HEAP)
        .toList();
  }
}
