package org.ossatlas.harvester;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.ossatlas.common.AtlasException;

/**
 * The projects to harvest: the {@code id}, {@code repo} and optional {@code source} columns of
 * {@code projects.csv}. Only what harvesting needs is checked here (the full validation is {@code
 * ossatlas validate}): a byte-order mark, stray spaces and blank rows are passed over, a row
 * without id or repo is left out.
 */
public final class HarvestTargets {
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
    try (Reader reader = Files.newBufferedReader(projectsCsv, StandardCharsets.UTF_8)) {
      reader.mark(1);
      if (reader.read() != '\uFEFF') {
        reader.reset();
      }
      try (CSVParser parser = CSVParser.parse(reader, format)) {
        String id = column(parser.getHeaderMap(), "id", projectsCsv);
        String repo = column(parser.getHeaderMap(), "repo", projectsCsv);
        String source = optionalColumn(parser.getHeaderMap(), "source");
        List<HarvestTarget> targets = new ArrayList<>();
        for (CSVRecord record : parser) {
          String project = record.isSet(id) ? record.get(id).strip() : "";
          String url = record.isSet(repo) ? record.get(repo).strip() : "";
          if (!project.isEmpty() && !url.isEmpty()) {
            String choice =
                source != null && record.isSet(source) ? record.get(source).strip() : "";
            targets.add(new HarvestTarget(project, url, choice));
          }
        }
        return targets;
      }
    } catch (IOException | IllegalArgumentException | IllegalStateException e) {
      if (e instanceof IOException io && !(e.getCause() instanceof IllegalArgumentException)) {
        throw new UncheckedIOException("could not read " + projectsCsv, io);
      }
      throw AtlasException.invalidData(projectsCsv + ": " + e.getMessage());
    }
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
