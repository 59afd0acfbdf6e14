package org.ossatlas.harvester;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.ossatlas.common.AtlasException;

/**
 * The projects to harvest: the {@code id}, {@code repo} and optional {@code source} columns of
 * {@code projects.csv}. Only what harvesting needs is checked here (the full validation is {@code
 * ossatlas validate}): a byte-order mark, stray spaces and blank rows are passed over, a row
 * without id or repo is left out. An id that is not a slug (it names files under {@code data/}), a
 * duplicate id or an unknown {@code source} is a data error (exit 65) with its file and line.
 */
public final class HarvestTargets {
  private static final Pattern SLUG = Pattern.compile("[a-z0-9][a-z0-9-]*");
  private static final Set<String> SOURCES = Set.of("", "auto", "github", "git");

  private HarvestTargets() {}

  public static List<HarvestTarget> read(Path projectsCsv) {
    if (!Files.isRegularFile(projectsCsv)) {
      throw AtlasException.invalidData(
          projectsCsv + ": not found; harvest reads the projects (id and repo) from it");
    }
    CSVFormat format =
        CSVFormat.DEFAULT
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .setIgnoreSurroundingSpaces(true)
            .setIgnoreEmptyLines(true)
            .get();
    String text;
    try {
      text = Files.readString(projectsCsv, StandardCharsets.UTF_8);
    } catch (java.nio.charset.MalformedInputException e) {
      throw AtlasException.invalidData(projectsCsv + ": not UTF-8 text");
    } catch (IOException e) {
      throw new UncheckedIOException("could not read " + projectsCsv, e);
    }
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
      String id = column(parser.getHeaderMap(), "id", projectsCsv);
      String repo = column(parser.getHeaderMap(), "repo", projectsCsv);
      String source = optionalColumn(parser.getHeaderMap(), "source");
      List<HarvestTarget> targets = new ArrayList<>();
      Map<String, Long> firstLine = new HashMap<>();
      for (CSVRecord record : parser) {
        long line = lineOf(text, record.getCharacterPosition());
        String project = record.isSet(id) ? record.get(id).strip() : "";
        String url = record.isSet(repo) ? record.get(repo).strip() : "";
        if (project.isEmpty() || url.isEmpty()) {
          continue;
        }
        String where = projectsCsv + ":" + line + ": ";
        if (!SLUG.matcher(project).matches()) {
          // The id names files under data/raw/ and data/state/: `../x` would escape them.
          throw AtlasException.invalidData(
              where + "id: `" + project + "` is not a slug ([a-z0-9][a-z0-9-]*)");
        }
        Long first = firstLine.putIfAbsent(project, line);
        if (first != null) {
          throw AtlasException.invalidData(
              where + "id: `" + project + "` is a duplicate of line " + first);
        }
        String choice = source != null && record.isSet(source) ? record.get(source).strip() : "";
        if (!SOURCES.contains(choice.toLowerCase(Locale.ROOT))) {
          throw AtlasException.invalidData(
              where + "source: `" + choice + "`: expected github, git, auto or empty");
        }
        targets.add(new HarvestTarget(project, url, choice));
      }
      return targets;
    } catch (IOException
        | UncheckedIOException
        | IllegalArgumentException
        | IllegalStateException e) {
      // Reading from a string, commons-csv reports only malformed CSV (an unclosed quote, a
      // duplicate header) this way.
      throw AtlasException.invalidData(projectsCsv + ": " + e.getMessage());
    }
  }

  /**
   * The 1-based line where the record at a character offset starts: commons-csv's offset is where
   * it began reading, before any blank lines it passed over.
   */
  private static long lineOf(String text, long offset) {
    int end = (int) Math.min(offset, text.length());
    while (end < text.length() && (text.charAt(end) == '\n' || text.charAt(end) == '\r')) {
      end++;
    }
    long line = 1;
    for (int i = 0; i < end; i++) {
      if (text.charAt(i) == '\n') {
        line++;
      }
    }
    return line;
  }

  private static String column(Map<String, Integer> header, String name, Path file) {
    String column = optionalColumn(header, name);
    if (column != null) {
      return column;
    }
    throw AtlasException.invalidData(
        file + ":1: " + name + ": missing column (found " + header.keySet() + ")");
  }

  private static String optionalColumn(Map<String, Integer> header, String name) {
    for (String column : header.keySet()) {
      if (column.strip().equalsIgnoreCase(name)) {
        return column;
      }
    }
    return null;
  }
}
