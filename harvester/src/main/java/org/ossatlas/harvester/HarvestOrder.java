package org.ossatlas.harvester;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.ossatlas.common.AtlasException;

/**
 * Least recently harvested first, so that a small budget still gets round to every project. The
 * time is the {@code updated_at} of the project's checkpoint in its source's state folder; a
 * project without one (new, or no source) comes first. The sort is stable: ties keep sheet order.
 */
final class HarvestOrder {
  private HarvestOrder() {}

  static List<HarvestTarget> leastRecentFirst(
      List<HarvestTarget> targets, Path stateDir, Function<HarvestTarget, Source> router) {
    Map<String, Instant> updated = new LinkedHashMap<>();
    for (HarvestTarget target : targets) {
      Source source = router.apply(target);
      updated.put(
          target.project(),
          source == null ? Instant.MIN : lastUpdate(stateDir, source.name(), target));
    }
    return targets.stream()
        .sorted(Comparator.comparing((HarvestTarget t) -> updated.get(t.project())))
        .toList();
  }

  private static Instant lastUpdate(Path stateDir, String source, HarvestTarget target) {
    Path file = stateDir.resolve(source).resolve(target.project() + ".json");
    if (!Files.exists(file)) {
      return Instant.MIN;
    }
    try {
      Instant updated = CheckpointHeader.read(file).map(CheckpointHeader::updatedAt).orElse(null);
      return updated == null ? Instant.MIN : updated;
    } catch (AtlasException unreadable) {
      return Instant.MIN; // the source itself reports it when it reads the checkpoint
    }
  }
}
