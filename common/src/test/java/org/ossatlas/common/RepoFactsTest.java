package org.ossatlas.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RepoFactsTest {
  @TempDir Path dir;

  @Test
  void readsTheContractColumnsWithEmptyCellsAsUnknown() throws IOException {
    Path file = dir.resolve("repos.csv");
    Files.writeString(
        file,
        String.join(",", RepoFacts.COLUMNS)
            + "\n"
            + "duckdb,21000,1900,MIT,C++,database;sql,false,false,2018-06-26T12:00:00Z,"
            + "2026-11-01T08:00:00Z,\"An in-process, analytical database\",https://duckdb.org,"
            + "60,v1.1.3,Bleeding edge,2026-10-01T00:00:00Z\n"
            + "old,,,,,,true,,,,,,,,,\n",
        StandardCharsets.UTF_8);

    Map<String, RepoFacts> facts = RepoFacts.read(file);

    RepoFacts duckdb = facts.get("duckdb");
    assertThat(duckdb.stars()).isEqualTo(21000L);
    assertThat(duckdb.topics()).containsExactly("database", "sql");
    assertThat(duckdb.description()).isEqualTo("An in-process, analytical database");
    assertThat(duckdb.latestReleaseTag()).isEqualTo("v1.1.3");
    assertThat(duckdb.archived()).isFalse();
    RepoFacts old = facts.get("old");
    assertThat(old.archived()).isTrue();
    assertThat(old.stars()).isNull();
    assertThat(old.topics()).isEmpty();
    assertThat(facts.keySet()).containsExactly("duckdb", "old");
  }

  @Test
  void writeThenReadGivesTheSameFactsAndTheSameBytesTwice() throws IOException {
    RepoFacts a =
        new RepoFacts(
            "b-project",
            5L,
            1L,
            "Apache-2.0",
            "Java",
            List.of("x", "y"),
            true,
            false,
            null,
            null,
            "says \"hi\", twice",
            null,
            2L,
            "v2",
            null,
            "2026-01-02T03:04:05Z");
    RepoFacts b = RepoFacts.unknown("a-project");
    Path file = dir.resolve("repos.csv");

    RepoFacts.write(file, List.of(a, b));
    byte[] first = Files.readAllBytes(file);
    RepoFacts.write(file, List.of(b, a));

    assertThat(Files.readAllBytes(file)).isEqualTo(first);
    assertThat(Files.readString(file)).startsWith(String.join(",", RepoFacts.COLUMNS) + "\n");
    assertThat(RepoFacts.read(file)).containsEntry("b-project", a).containsEntry("a-project", b);
  }

  @Test
  void aMissingFileMeansNoFactsAndABadCellNamesFileLineAndColumn() throws IOException {
    assertThat(RepoFacts.read(dir.resolve("none.csv"))).isEmpty();
    Path file = dir.resolve("repos.csv");
    Files.writeString(
        file,
        String.join(",", RepoFacts.COLUMNS) + "\nok,1,,,,,,,,,,,,,,\nbad,many,,,,,,,,,,,,,,\n");

    assertThatThrownBy(() -> RepoFacts.read(file))
        .isInstanceOf(AtlasException.class)
        .hasMessageContaining("repos.csv:3: stars: 'many' is not a count");
  }
}
