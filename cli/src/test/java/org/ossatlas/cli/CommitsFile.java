package org.ossatlas.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;

/** A {@code commits.csv.gz} written by a test, as compaction would have written it. */
final class CommitsFile {
  static final String HEADER =
      "project,sha,author_key,author_time,committer_key,committer_time,additions,deletions,"
          + "files_changed,is_merge,is_bot\n";

  private CommitsFile() {}

  /** Writes the header and {@code rows} (CSV lines, each ending in a newline). */
  static void write(Path file, String rows) throws IOException {
    Files.createDirectories(file.getParent());
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
      out.write((HEADER + rows).getBytes(StandardCharsets.UTF_8));
    }
  }
}
