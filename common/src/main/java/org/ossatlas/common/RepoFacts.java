package org.ossatlas.common;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * One project's repository facts: the contract of {@code data/repos.csv}, written by compaction
 * (from the GraphQL and REST repository records) and read by whoever shows them. This class is the
 * file's one writer and one reader; the columns are spelled once, in {@link #COLUMNS}.
 *
 * <p>Null means unknown and is written as an empty cell. Topics are kept in the order the source
 * gave them and joined with {@code ;}; times are ISO 8601 UTC; booleans {@code true}/{@code false}.
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
    Instant created,
    Instant pushed,
    String description,
    String homepage,
    Long releases,
    String latestReleaseTag,
    String latestReleaseName,
    Instant latestReleaseDate) {

  /** The header of {@code data/repos.csv}, fixed by the team's contract. */
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

  private static final CSVFormat FORMAT =
      CSVFormat.RFC4180.builder().setRecordSeparator('\n').get();

  public RepoFacts {
    Objects.requireNonNull(project, "project");
    topics = topics == null ? List.of() : List.copyOf(topics);
  }

  /** A project nothing is known about: every cell but the id empty. */
  public static RepoFacts unknown(String project) {
    return new RepoFacts(
        project, null, null, null, null, List.of(), null, null, null, null, null, null, null, null,
        null, null);
  }

  /** Writes one row per project, sorted by project, atomically (the old file stays on failure). */
  public static void write(Path file, Collection<RepoFacts> facts) {
    List<RepoFacts> sorted = new ArrayList<>(facts);
    sorted.sort(Comparator.comparing(RepoFacts::project));
    AtomicFiles.write(
        file,
        out -> {
          Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
          try (CSVPrinter printer = new CSVPrinter(writer, FORMAT)) {
            printer.printRecord(COLUMNS);
            for (RepoFacts f : sorted) {
              printer.printRecord(f.cells());
            }
          }
        });
  }

  /** The rows of {@code file} by project; an absent file is an empty map (nothing harvested). */
  public static Map<String, RepoFacts> read(Path file) {
    Map<String, RepoFacts> byProject = new LinkedHashMap<>();
    if (Files.notExists(file)) {
      return byProject;
    }
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        CSVParser parser =
            FORMAT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
      if (!parser.getHeaderNames().containsAll(COLUMNS)) {
        throw AtlasException.invalidData(
            file
                + ":1: header "
                + parser.getHeaderNames()
                + " lacks some of "
                + COLUMNS
                + "; run `ossatlas compact` to write it again");
      }
      for (CSVRecord row : parser) {
        RepoFacts facts = parse(file, row);
        byProject.put(facts.project(), facts);
      }
    } catch (IOException | UncheckedIOException e) {
      throw AtlasException.invalidData(file + ": not readable as CSV: " + e.getMessage());
    }
    return byProject;
  }

  private List<String> cells() {
    return List.of(
        project,
        text(stars),
        text(forks),
        text(license),
        text(language),
        String.join(";", topics),
        text(archived),
        text(fork),
        text(created),
        text(pushed),
        text(description),
        text(homepage),
        text(releases),
        text(latestReleaseTag),
        text(latestReleaseName),
        text(latestReleaseDate));
  }

  private static String text(Object value) {
    return value == null ? "" : value.toString();
  }

  private static RepoFacts parse(Path file, CSVRecord row) {
    Cells c = new Cells(file, row);
    String topicText = c.text("topics");
    return new RepoFacts(
        Objects.requireNonNullElse(c.text("project"), ""),
        c.number("stars"),
        c.number("forks"),
        c.text("license"),
        c.text("language"),
        topicText == null ? List.of() : List.of(topicText.split(";")),
        c.flag("archived"),
        c.flag("fork"),
        c.time("created"),
        c.time("pushed"),
        c.text("description"),
        c.text("homepage"),
        c.number("releases"),
        c.text("latest_release_tag"),
        c.text("latest_release_name"),
        c.time("latest_release_date"));
  }

  /** Typed reading of one row's cells, naming file, line and column on bad input. */
  private record Cells(Path file, CSVRecord row) {
    String text(String column) {
      String value = row.isSet(column) ? row.get(column) : "";
      return value.isEmpty() ? null : value;
    }

    Long number(String column) {
      String value = text(column);
      try {
        return value == null ? null : Long.valueOf(value);
      } catch (NumberFormatException e) {
        throw bad(column, "not a whole number: " + value);
      }
    }

    Boolean flag(String column) {
      String value = text(column);
      if (value == null) {
        return null;
      }
      return switch (value) {
        case "true" -> true;
        case "false" -> false;
        default -> throw bad(column, "expected true or false, found " + value);
      };
    }

    Instant time(String column) {
      String value = text(column);
      try {
        return value == null ? null : Instant.parse(value);
      } catch (DateTimeParseException e) {
        throw bad(column, "not an ISO 8601 UTC time: " + value);
      }
    }

    private AtlasException bad(String column, String what) {
      return AtlasException.invalidData(
          file
              + ":"
              + row.getParser().getCurrentLineNumber()
              + ": "
              + column
              + ": "
              + what
              + "; run `ossatlas compact` to write it again");
    }
  }
}
