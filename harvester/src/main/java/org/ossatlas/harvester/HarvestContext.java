package org.ossatlas.harvester;

import java.nio.file.Path;
import java.time.Clock;
import java.util.function.BooleanSupplier;
import org.ossatlas.harvester.raw.RawStore;

/**
 * What a harvest run gives every source: where to store, where to checkpoint, the clock, and when
 * to stop. Sources that need more (the GitHub request budget) take it in their constructor.
 *
 * @param raw the raw store; open a project's log with {@link RawStore#open}
 * @param stateDir checkpoints; each source keeps its own files under {@code stateDir/<source>/}
 * @param clonesDir bare clones of the git source
 * @param stop turns true when the run must wind down (budget, rate limit, Ctrl-C or SIGTERM)
 */
public record HarvestContext(
    RawStore raw, Path stateDir, Path clonesDir, Clock clock, BooleanSupplier stop) {

  public boolean shouldStop() {
    return stop.getAsBoolean();
  }
}
