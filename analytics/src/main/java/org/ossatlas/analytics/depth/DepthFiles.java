package org.ossatlas.analytics.depth;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** Writes {@code ID-releases.csv} and {@code ID-organizations.csv} (DESIGN.md). */
public final class DepthFiles {
  public static final List<String> RELEASES_HEADER = List.of("tag", "date", "prerelease");
  public static final List<String> ORGANIZATIONS_HEADER =
      List.of("organization", "commits", "authors");

  private static final CSVFormat FORMAT =
      CSVFormat.DEFAULT.builder().setRecordSeparator("\n").get();

  private DepthFiles() {}

  public static void writeReleases(Path folder, String id, List<Release> releases) {
    write(
        folder.resolve(id + "-releases.csv"),
        RELEASES_HEADER,
        csv -> {
          for (Release r : releases) {
            csv.printRecord(r.tag(), r.date() == null ? "" : r.date().toString(), r.prerelease());
          }
        });
  }

  public static void writeOrganizations(Path folder, String id, OrganizationTable table) {
    write(
        folder.resolve(id + "-organizations.csv"),
        ORGANIZATIONS_HEADER,
        csv -> {
          for (Organization o : table.rows()) {
            csv.printRecord(o.organization(), o.commits(), o.authors());
          }
        });
  }

  private interface Rows {
    void print(CSVPrinter csv) throws IOException;
  }

  private static void write(Path file, List<String> header, Rows rows) {
    try {
      Files.createDirectories(file.getParent());
      try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
          CSVPrinter csv = new CSVPrinter(out, FORMAT)) {
        csv.printRecord(header);
        rows.print(csv);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("could not write " + file, e);
    }
  }
}
