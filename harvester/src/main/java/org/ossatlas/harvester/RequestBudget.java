package org.ossatlas.harvester;

import java.time.Instant;
import java.util.OptionalLong;

/**
 * The requests one harvest run may spend, shared by every project and source of the run, and the
 * last rate limit the server reported. A {@code 304 Not Modified} is counted but not charged:
 * GitHub does not count it against the rate limit either. Once spent (or once a source reports a
 * rate limit it must not wait for), {@link #stopRequested()} turns true and the run winds down.
 */
public final class RequestBudget {
  private final long max;
  private long charged;
  private long notModified;
  private long rateRemaining = -1;
  private long rateLimit = -1;
  private Instant rateReset;
  private String stopReason;

  /**
   * @param max requests this run may spend; {@code Long.MAX_VALUE} for no limit
   */
  public RequestBudget(long max) {
    if (max < 0) {
      throw new IllegalArgumentException("max requests must not be negative: " + max);
    }
    this.max = max;
  }

  public static RequestBudget unlimited() {
    return new RequestBudget(Long.MAX_VALUE);
  }

  public long max() {
    return max;
  }

  /** Whether another request may be sent. */
  public synchronized boolean canSpend() {
    return charged < max;
  }

  /** Books one request that was answered; {@code notModified} ones are free. */
  public synchronized void record(boolean wasNotModified) {
    if (wasNotModified) {
      notModified++;
    } else {
      charged++;
      if (charged >= max && stopReason == null) {
        stopReason = "request budget of " + max + " spent";
      }
    }
  }

  /** Requests charged against the budget (everything but 304s). */
  public synchronized long charged() {
    return charged;
  }

  /** Requests answered {@code 304 Not Modified} (free). */
  public synchronized long notModified() {
    return notModified;
  }

  public synchronized void rateLimit(long remaining, long limit, Instant reset) {
    this.rateRemaining = remaining;
    this.rateLimit = limit;
    this.rateReset = reset;
  }

  /** The rate limit left after the last response that reported one. */
  public synchronized OptionalLong rateRemaining() {
    return rateRemaining < 0 ? OptionalLong.empty() : OptionalLong.of(rateRemaining);
  }

  public synchronized OptionalLong rateLimitTotal() {
    return rateLimit < 0 ? OptionalLong.empty() : OptionalLong.of(rateLimit);
  }

  public synchronized Instant rateReset() {
    return rateReset;
  }

  /** Asks the whole run to stop (a rate limit that applies to every project), with the reason. */
  public synchronized void stop(String reason) {
    if (stopReason == null) {
      stopReason = reason;
    }
  }

  public synchronized boolean stopRequested() {
    return stopReason != null;
  }

  public synchronized String stopReason() {
    return stopReason;
  }
}
