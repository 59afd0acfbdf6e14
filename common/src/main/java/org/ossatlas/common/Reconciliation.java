package org.ossatlas.common;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Counts that must agree from one stage to the next (commits compacted = commits analysed = totals
 * in the graph = totals on the pages). A mismatch is a bug or a corrupt stage output, and fails the
 * run with every disagreement named.
 */
public final class Reconciliation {
  private final List<String> checked = new ArrayList<>();
  private final List<String> mismatches = new ArrayList<>();

  /** A count as one stage reported it, e.g. {@code ("analyze", "commits read", 1200)}. */
  public record Count(String stage, String what, long value) {
    @Override
    public String toString() {
      return String.format(Locale.ROOT, "%s %s = %,d", stage, what, value);
    }
  }

  /** Expects every count in the chain to equal the first. */
  public Reconciliation expectEqual(Count first, Count... rest) {
    StringBuilder line = new StringBuilder(first.toString());
    boolean agree = true;
    for (Count next : rest) {
      line.append(next.value() == first.value() ? " = " : " ≠ ").append(next);
      agree &= next.value() == first.value();
    }
    (agree ? checked : mismatches).add(line.toString());
    return this;
  }

  public List<String> checked() {
    return List.copyOf(checked);
  }

  public List<String> mismatches() {
    return List.copyOf(mismatches);
  }

  public void throwIfMismatched() {
    if (!mismatches.isEmpty()) {
      throw new AtlasException(
          ExitCode.SOFTWARE,
          "counts do not reconcile across stages:\n  "
              + String.join("\n  ", mismatches)
              + "\nThe output of one stage is stale or corrupt: run `ossatlas compact` and"
              + " `ossatlas site` again; if it persists, report it with data/runs/runs.jsonl.");
    }
  }
}
