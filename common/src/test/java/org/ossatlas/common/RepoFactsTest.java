package org.ossatlas.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RepoFactsTest {
  @TempDir Path tmp;

  static RepoFacts rocket() {
    return new RepoFacts(
        "rocket",
        1234L,
        56L,
        "Apache-2.0",
        "Java",
        List.of("data", "graphs"),
        true,
        false,
        Instant.parse("2019-01-02T03:04:05Z"),
        Instant.parse("2024-05-06T07:08:09Z"),
        "Fast, \"safe\"\nand small",
        "https://rocket.example.org",
        7L,
        "v1.2.0",
        "One two",
        Instant.parse("2024-04-01T10:00:00Z"));
  }

  @Test
  void writesTheContractsColumnsSortedAndReadsThemBack() throws Exception {
    Path file = tmp.resolve("repos.csv");
    RepoFacts.write(file, List.of(rocket(), RepoFacts.unknown("apple")));

    List<String> lines = Files.readAllLines(file);
    assertEquals(
        "project,stars,forks,license,language,topics,archived,fork,created,pushed,description,"
            + "homepage,releases,latest_release_tag,latest_release_name,latest_release_date",
        lines.get(0));
    assertEquals("apple,,,,,,,,,,,,,,,", lines.get(1), "unknown is an empty cell");
    assertTrue(
        lines
            .get(2)
            .startsWith(
                "rocket,1234,56,Apache-2.0,Java,data;graphs,true,false,"
                    + "2019-01-02T03:04:05Z,2024-05-06T07:08:09Z,\"Fast, \"\"safe\"\""),
        lines.get(2));
    Map<String, RepoFacts> read = RepoFacts.read(file);
    assertEquals(List.of("apple", "rocket"), List.copyOf(read.keySet()));
    assertEquals(rocket(), read.get("rocket"));
    assertEquals(RepoFacts.unknown("apple"), read.get("apple"));
  }

  @Test
  void sameFactsGiveTheSameBytes() throws Exception {
    Path a = tmp.resolve("a.csv");
    Path b = tmp.resolve("b.csv");
    RepoFacts.write(a, List.of(rocket(), RepoFacts.unknown("apple")));
    RepoFacts.write(b, List.of(RepoFacts.unknown("apple"), rocket()));
    assertEquals(Files.readString(a), Files.readString(b));
  }

  @Test
  void aBadCellNamesFileLineAndColumn() throws Exception {
    Path file = tmp.resolve("repos.csv");
    RepoFacts.write(file, List.of(rocket()));
    Files.writeString(file, Files.readString(file).replace(",1234,", ",many,"));
    AtlasException e = assertThrows(AtlasException.class, () -> RepoFacts.read(file));
    assertEquals(ExitCode.DATA_ERR, e.exitCode());
    assertTrue(e.getMessage().contains("repos.csv:"), e.getMessage());
    assertTrue(e.getMessage().contains(": stars: not a whole number: many"), e.getMessage());
  }

  @Test
  void anAbsentFileIsNoFacts() {
    assertTrue(RepoFacts.read(tmp.resolve("none.csv")).isEmpty());
  }
}
