package org.ossatlas.analytics.commits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ossatlas.analytics.metrics.ActivityCells;
import org.ossatlas.analytics.testing.CommitFixture;
import org.ossatlas.common.AtlasException;
import tech.tablesaw.api.Table;

/**
 * The streaming loader against the reference: {@code ActivityCells.of} over the whole table that
 * {@link CommitLoader} reads, on a history with every kind of row and a project large enough to
 * come in several chunks.
 */
class CellLoaderTest {
  private static final Instant NOW = Instant.parse("2024-06-15T00:00:00Z");
  private static final List<String> PROJECTS = List.of("arrow", "big", "duckdb", "empty");

  @TempDir Path dir;

  private static List<String> history() {
    SplittableRandom random = new SplittableRandom(7);
    List<String> rows = new ArrayList<>();
    addProject(rows, "arrow", 500, 30, random);
    addProject(rows, "big", 40_000, 400, random); // several 1 MiB chunks
    addProject(rows, "duckdb", 800, 20, random);
    addProject(rows, "ghost", 50, 5, random); // not in the graph
    addProject(rows, "arrow", 100, 40, random); // an unsorted table: arrow comes back
    rows.add(CommitFixture.row("duckdb", "k1", "", "1", "1", false, false)); // no time at all
    rows.add(CommitFixture.commit("duckdb", "k1", "2031-01-01T00:00:00Z")); // a bad clock
    return rows;
  }

  private static void addProject(
      List<String> rows, String project, int n, int authors, SplittableRandom random) {
    for (int i = 0; i < n; i++) {
      String time =
          Instant.parse("2019-01-01T00:00:00Z")
              .plusSeconds(random.nextLong(170_000_000L))
              .toString();
      int kind = random.nextInt(20);
      String author = kind == 0 ? "" : project.charAt(0) + "u" + random.nextInt(authors);
      if (random.nextInt(5) == 0) {
        author = "shared" + random.nextInt(10);
      }
      String added = kind == 1 ? "" : String.valueOf(random.nextInt(300));
      rows.add(CommitFixture.row(project, author, time, added, "2", kind == 2, kind == 3));
    }
  }

  @Test
  void streamingGivesTheCellsOfTheWholeTable() {
    Path file = CommitFixture.write(dir.resolve("commits.csv.gz"), history());

    CommitLoader.Loaded reference = new CommitLoader(PROJECTS, NOW).load(file);
    CellLoader.Loaded streamed = new CellLoader(PROJECTS, NOW, 2).load(file);

    Table expected = ActivityCells.of(reference.commits().table()).table();
    Table actual = streamed.cells().table();
    assertThat(actual.columnNames()).isEqualTo(expected.columnNames());
    assertThat(actual.rowCount()).isEqualTo(expected.rowCount()).isGreaterThan(1000);
    for (String column : expected.columnNames()) {
      assertThat(actual.column(column).asList())
          .as(column)
          .isEqualTo(expected.column(column).asList());
    }
    assertThat(streamed.rowsRead()).isEqualTo(reference.rowsRead());
    assertThat(streamed.unknownProjects())
        .isEqualTo(reference.unknownProjects())
        .containsKey("ghost");
    assertThat(streamed.rowsWithoutTime()).isEqualTo(reference.rowsWithoutTime()).isEqualTo(1);
    assertThat(streamed.lastCompleteMonth()).isEqualTo(reference.commits().lastCompleteMonth());
    assertThat(streamed.cells().commits()).isEqualTo(reference.commits().rowCount());
  }

  @Test
  void oneThreadGivesTheSameCellsAsTwo() {
    Path file = CommitFixture.write(dir.resolve("commits.csv.gz"), history());
    Table one = new CellLoader(PROJECTS, NOW, 1).load(file).cells().table();
    Table two = new CellLoader(PROJECTS, NOW, 2).load(file).cells().table();
    for (String column : one.columnNames()) {
      assertThat(two.column(column).asList()).as(column).isEqualTo(one.column(column).asList());
    }
  }

  @Test
  void aBadRowInAWorkerIsReportedWithItsLine() {
    List<String> rows = new ArrayList<>(history().subList(0, 10));
    rows.add(CommitFixture.row("arrow", "k", "2024-01-01T00:00:00Z", "many", "1", false, false));
    Path file = CommitFixture.write(dir.resolve("commits.csv.gz"), rows);
    assertThatThrownBy(() -> new CellLoader(PROJECTS, NOW, 2).load(file))
        .isInstanceOf(AtlasException.class)
        .hasMessageContaining("commits.csv.gz:12: additions: 'many' is not a whole number");
  }
}
