package org.ossatlas.harvester;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** New projects (no checkpoint yet) are harvested before the caught-up ones. */
class HarvestOrderTest {
  @TempDir Path state;

  private static final Source GIT =
      new Source() {
        @Override
        public String name() {
          return "git";
        }

        @Override
        public boolean canHarvest(HarvestTarget target) {
          return true;
        }

        @Override
        public TargetOutcome harvest(HarvestTarget target, HarvestContext context) {
          throw new UnsupportedOperationException("ordering only");
        }
      };

  @Test
  void projectsWithoutACheckpointComeFirstThenTheLeastRecentlyHarvested() throws IOException {
    checkpoint("arrow", "2026-11-20T08:00:00Z");
    checkpoint("duckdb", "2026-11-01T08:00:00Z");
    List<HarvestTarget> sheetOrder =
        List.of(
            new HarvestTarget("arrow", "https://github.com/apache/arrow"),
            new HarvestTarget("duckdb", "https://github.com/duckdb/duckdb"),
            new HarvestTarget("polars", "https://github.com/pola-rs/polars"),
            new HarvestTarget("sqlite", "https://github.com/sqlite/sqlite"));

    List<String> order =
        HarvestOrder.leastRecentFirst(sheetOrder, state, t -> GIT).stream()
            .map(HarvestTarget::project)
            .toList();

    assertThat(order).containsExactly("polars", "sqlite", "duckdb", "arrow");
  }

  private void checkpoint(String project, String updatedAt) throws IOException {
    Files.createDirectories(state.resolve("git"));
    Files.writeString(
        state.resolve("git").resolve(project + ".json"),
        "{\"project\":\""
            + project
            + "\",\"status\":\"caught_up\",\"updated_at\":\""
            + updatedAt
            + "\"}");
  }
}
