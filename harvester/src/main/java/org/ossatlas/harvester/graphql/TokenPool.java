package org.ossatlas.harvester.graphql;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The identities of a run and what GitHub said each has left. Points are spent on one identity
 * until it is down to its reserve, then on the next; the run stops (or waits) only when all of them
 * are spent. GraphQL's budget is points, separate from REST's request count.
 */
public final class TokenPool {
  private final List<Slot> slots = new ArrayList<>();
  private int current;

  public TokenPool(List<Credential> credentials) {
    credentials.forEach(c -> slots.add(new Slot(c)));
  }

  public boolean isEmpty() {
    return slots.isEmpty();
  }

  public int size() {
    return slots.size();
  }

  /** Keeps a few points for whoever else uses the identity: 1 % of the limit, 1 to 50. */
  static long reserve(long limit) {
    return Math.max(1, Math.min(50, limit / 100));
  }

  /**
   * The identity to use now: the current one while it has points above its reserve (or its reset
   * has passed), else the next one that has; empty when all are spent.
   */
  public synchronized Optional<Credential> usable(Instant now) {
    for (int i = 0; i < slots.size(); i++) {
      Slot slot = slots.get((current + i) % slots.size());
      if (slot.usable(now)) {
        current = (current + i) % slots.size();
        return Optional.of(slot.credential);
      }
    }
    return Optional.empty();
  }

  /** Records what the last answer for {@code credential} said about its points. */
  public synchronized void update(
      Credential credential, long remaining, long limit, Instant reset) {
    for (Slot slot : slots) {
      if (slot.credential == credential) {
        slot.remaining = remaining;
        if (limit > 0) {
          slot.limit = limit;
        }
        if (reset != null) {
          slot.reset = reset;
        }
      }
    }
  }

  /** The earliest reset among the spent identities, for a wait or a message. */
  public synchronized Optional<Instant> earliestReset() {
    return slots.stream().map(s -> s.reset).filter(r -> r != null).min(Instant::compareTo);
  }

  /** Points left over all identities that reported them, for the summary. */
  public synchronized Optional<Long> remaining() {
    long sum = 0;
    boolean any = false;
    for (Slot slot : slots) {
      if (slot.remaining >= 0) {
        sum += slot.remaining;
        any = true;
      }
    }
    return any ? Optional.of(sum) : Optional.empty();
  }

  private static final class Slot {
    final Credential credential;
    long remaining = -1;
    long limit = 5000;
    Instant reset;

    Slot(Credential credential) {
      this.credential = credential;
    }

    boolean usable(Instant now) {
      return remaining < 0 || remaining > reserve(limit) || (reset != null && !now.isBefore(reset));
    }
  }
}
