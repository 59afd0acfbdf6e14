package org.ossatlas.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.ossatlas.common.commits.CommitTableFormat;

/** A {@code commits.csv.gz} written by a test, as compaction would have written it. */
final class CommitsFile {
  /** The version line and header compaction writes. */
  static final String HEADER = CommitTableFormat.preamble();

  private CommitsFile() {}

  /** Writes the header and {@code rows} (CSV lines, each ending in a newline). */
  static void write(Path file, String rows) throws IOException {
    Files.createDirectories(file.getParent());
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
      out.write((HEADER + rows).getBytes(StandardCharsets.UTF_8));
    }
  }
}
