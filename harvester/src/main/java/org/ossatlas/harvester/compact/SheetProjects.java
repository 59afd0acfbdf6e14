package org.ossatlas.harvester.compact;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.ossatlas.common.AtlasException;
import org.ossatlas.harvester.HarvestTarget;
import org.ossatlas.harvester.HarvestTargets;

/**
 * The project ids of {@code projects.csv}, as the harvest reads them: which projects compaction and
 * status expect. Validating the sheet is {@code ossatlas validate}'s job; a missing or unreadable
 * sheet gives an empty optional here.
 */
public final class SheetProjects {
  private SheetProjects() {}

  public static Optional<List<String>> read(Path sheets) {
    Path sheet = sheets.resolve("projects.csv");
    if (!Files.isRegularFile(sheet)) {
      return Optional.empty();
    }
    try {
      return Optional.of(
          HarvestTargets.read(sheet).stream()
              .map(HarvestTarget::project)
              .sorted()
              .distinct()
              .toList());
    } catch (AtlasException unreadable) {
      return Optional.empty(); // reported by `ossatlas validate` and `harvest`, not here
    }
  }
}
