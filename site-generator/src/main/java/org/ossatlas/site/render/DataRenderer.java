package org.ossatlas.site.render;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.ossatlas.site.model.PublishedFiles;
import org.ossatlas.site.model.SiteModel;

/**
 * The CSV files that pages reference: single files copied from the analytics' output, and bundles
 * that put many series in one file (a first column names the project or backer of each row). Runs
 * after the pages, which decide what is referenced.
 */
public final class DataRenderer implements Renderer {
  private final PublishedFiles files;

  public DataRenderer(PublishedFiles files) {
    this.files = files;
  }

  @Override
  public String name() {
    return "data";
  }

  @Override
  public void render(SiteModel site, SiteOutput out) {
    files.used().forEach(out::copy);
    files.bundles().entrySet().parallelStream()
        .forEach(e -> out.write(e.getKey(), bundle(e.getKey(), e.getValue())));
  }

  /** The members' series one after the other, sorted by id, under one header. */
  static byte[] bundle(String href, PublishedFiles.Bundle bundle) {
    ByteArrayOutputStream csv = new ByteArrayOutputStream();
    String header = null;
    for (Map.Entry<String, Path> member : bundle.members().entrySet()) {
      List<String> lines = lines(member.getValue());
      if (lines.isEmpty()) {
        continue;
      }
      if (header == null) {
        header = lines.get(0);
        csv.writeBytes((bundle.idColumn() + "," + header + "\n").getBytes(StandardCharsets.UTF_8));
      } else if (!header.equals(lines.get(0))) {
        throw new IllegalStateException(
            member.getValue()
                + " has the columns "
                + lines.get(0)
                + ", the other series of "
                + href
                + " have "
                + header
                + "; run `ossatlas analyze` again");
      }
      byte[] prefix = (member.getKey() + ",").getBytes(StandardCharsets.UTF_8);
      for (String line : lines.subList(1, lines.size())) {
        if (!line.isEmpty()) {
          csv.writeBytes(prefix);
          csv.writeBytes(line.getBytes(StandardCharsets.UTF_8));
          csv.write('\n');
        }
      }
    }
    return csv.toByteArray();
  }

  private static List<String> lines(Path file) {
    try {
      return Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("could not read " + file, e);
    }
  }
}
