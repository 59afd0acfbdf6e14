package org.ossatlas.harvester.compact;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The project ids of {@code projects.csv}, leniently (a byte-order mark, spaces, blank rows): which
 * projects compaction and status expect. Validating the sheet is {@code ossatlas validate}'s job;
 * an unreadable sheet gives an empty optional here.
 */
public final class SheetProjects {
  private SheetProjects() {}

  public static Optional<List<String>> read(Path sheets) {
    Path sheet = sheets.resolve("projects.csv");
    if (!Files.isRegularFile(sheet)) {
      return Optional.empty();
    }
    CSVFormat format =
        CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true).get();
    TreeSet<String> ids = new TreeSet<>();
    try (Reader reader = Files.newBufferedReader(sheet, StandardCharsets.UTF_8)) {
      reader.mark(1);
      if (reader.read() != '\uFEFF') {
        reader.reset();
      }
      CSVParser parser = format.parse(reader);
      if (!parser.getHeaderMap().containsKey("id")) {
        return Optional.empty();
      }
      for (CSVRecord row : parser) {
        String id = row.isSet("id") ? row.get("id") : "";
        if (!id.isEmpty()) {
          ids.add(id);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("could not read " + sheet, e);
    }
    return Optional.of(List.copyOf(ids));
  }
}
