package org.ossatlas.common;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * One row of {@code data/repos.csv}: what the forge knows about a project's repository. The file's
 * contract lives here, once: its columns, their order, its one writer and one reader. Empty cells
 * mean unknown, so every field may be null; topics are {@code ;}-separated in the file, booleans
 * {@code true}/{@code false}, dates ISO 8601 UTC (kept as text: the site shows them).
 */
public record RepoFacts(
    String project,
    Long stars,
    Long forks,
    String license,
    String language,
    List<String> topics,
    Boolean archived,
    Boolean fork,
    String created,
    String pushed,
    String description,
    String homepage,
    Long releases,
    String latestReleaseTag,
    String latestReleaseName,
    String latestReleaseDate) {

  public static final String FILE_NAME = "repos.csv";

  /** The header of {@code data/repos.csv}, in order. */
  public static final List<String> COLUMNS =
      List.of(
          "project",
          "stars",
          "forks",
          "license",
          "language",
          "topics",
          "archived",
          "fork",
          "created",
          "pushed",
          "description",
          "homepage",
          "releases",
          "latest_release_tag",
          "latest_release_name",
          "latest_release_date");

  public RepoFacts {
    topics = topics == null ? List.of() : List.copyOf(topics);
  }

  /** Facts of a project about which nothing is known. */
  public static RepoFacts unknown(String project) {
    return new RepoFacts(
        project, null, null, null, null, List.of(), null, null, null, null, null, null, null, null,
        null, null);
  }

  /**
   * Reads the file into a map by project id, sorted; an empty map when the file does not exist (no
   * forge facts harvested yet). A malformed cell fails with the file, line and column.
   */
  public static Map<String, RepoFacts> read(Path file) {
    if (Files.notExists(file)) {
      return Map.of();
    }
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        CSVParser parser =
            CSVFormat.RFC4180
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .setIgnoreSurroundingSpaces(true)
                .get()
                .parse(in)) {
      List<String> missing = new ArrayList<>(COLUMNS);
      missing.removeAll(parser.getHeaderNames());
      if (!missing.isEmpty()) {
        throw AtlasException.invalidData(
            file
                + ":1: the header lacks "
                + String.join(", ", missing)
                + "; the harvest writes this file, so harvest (or compact) again");
      }
      Map<String, RepoFacts> facts = new TreeMap<>();
      for (CSVRecord row : parser) {
        RepoFacts f = parse(file, row);
        if (f.project() != null) {
          facts.put(f.project(), f);
        }
      }
      return Collections.unmodifiableMap(facts);
    } catch (IOException e) {
      throw new UncheckedIOException("could not read " + file, e);
    }
  }

  /** Writes {@code facts} atomically, one row per project, sorted by project. */
  public static void write(Path file, Collection<RepoFacts> facts) {
    List<RepoFacts> sorted = new ArrayList<>(facts);
    sorted.sort(Comparator.comparing(RepoFacts::project));
    AtomicFiles.write(
        file,
        out -> {
          Writer writer = new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8);
          try (CSVPrinter csv =
              CSVFormat.RFC4180
                  .builder()
                  .setRecordSeparator('\n')
                  .setHeader(COLUMNS.toArray(String[]::new))
                  .get()
                  .print(writer)) {
            for (RepoFacts f : sorted) {
              csv.printRecord(f.cells());
            }
          }
        });
  }

  private List<String> cells() {
    List<String> cells = new ArrayList<>();
    cells.add(project);
    cells.add(text(stars));
    cells.add(text(forks));
    cells.add(text(license));
    cells.add(text(language));
    cells.add(String.join(";", topics));
    cells.add(text(archived));
    cells.add(text(fork));
    cells.add(text(created));
    cells.add(text(pushed));
    cells.add(text(description));
    cells.add(text(homepage));
    cells.add(text(releases));
    cells.add(text(latestReleaseTag));
    cells.add(text(latestReleaseName));
    cells.add(text(latestReleaseDate));
    return cells;
  }

  private static String text(Object value) {
    return value == null ? "" : value.toString();
  }

  private static RepoFacts parse(Path file, CSVRecord row) {
    Cells c = new Cells(file, row);
    List<String> topics = new ArrayList<>();
    String topicText = c.text("topics");
    if (topicText != null) {
      for (String t : topicText.split(";")) {
        if (!t.isBlank()) {
          topics.add(t.strip());
        }
      }
    }
    return new RepoFacts(
        c.text("project"),
        c.count("stars"),
        c.count("forks"),
        c.text("license"),
        c.text("language"),
        topics,
        c.flag("archived"),
        c.flag("fork"),
        c.text("created"),
        c.text("pushed"),
        c.text("description"),
        c.text("homepage"),
        c.count("releases"),
        c.text("latest_release_tag"),
        c.text("latest_release_name"),
        c.text("latest_release_date"));
  }

  /** Typed access to one row's cells, failing with file, line and column. */
  private record Cells(Path file, CSVRecord row) {
    String text(String column) {
      String value = row.isSet(column) ? row.get(column).strip() : "";
      return value.isEmpty() ? null : value;
    }

    Long count(String column) {
      String value = text(column);
      if (value == null) {
        return null;
      }
      try {
        long n = Long.parseLong(value);
        if (n >= 0) {
          return n;
        }
      } catch (NumberFormatException e) {
        // reported below
      }
      throw bad(column, "'" + value + "' is not a count (a whole number, 0 or more)");
    }

    Boolean flag(String column) {
      String value = text(column);
      if (value == null) {
        return null;
      }
      if (value.equals("true") || value.equals("false")) {
        return Boolean.valueOf(value);
      }
      throw bad(column, "'" + value + "' is not true or false");
    }

    AtlasException bad(String column, String what) {
      return AtlasException.invalidData(
          file
              + ":"
              + (row.getRecordNumber() + 1)
              + ": "
              + column
              + ": "
              + what
              + "; the harvest writes this file, so harvest (or compact) again");
    }
  }
}
