package org.ossatlas.harvester;

import java.time.Duration;

/** Waits (backoff, Retry-After, rate-limit reset); injectable so that tests never sleep. */
@FunctionalInterface
public interface Sleeper {
  Sleeper REAL = d -> Thread.sleep(Math.max(0, d.toMillis()));

  void sleep(Duration duration) throws InterruptedException;
}
