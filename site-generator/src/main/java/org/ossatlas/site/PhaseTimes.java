package org.ossatlas.site;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** Wall-clock time of consecutive phases, in the order they ran. */
final class PhaseTimes {
  private final Map<String, Long> millis = new LinkedHashMap<>();
  private long mark = System.nanoTime();

  void end(String phase) {
    long now = System.nanoTime();
    millis.merge(phase, (now - mark) / 1_000_000, Long::sum);
    mark = now;
  }

  Map<String, Long> millis() {
    return Collections.unmodifiableMap(millis);
  }
}
