package org.ossatlas.analytics.testing;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.ossatlas.analytics.commits.CommitLoader;
import org.ossatlas.analytics.commits.CommitTable;
import org.ossatlas.common.commits.CommitTableFormat;

/** Writes a commits.csv.gz from a few rows given in a test, as the harvester would. */
public final class CommitFixture {
  public static final String HEADER = CommitTableFormat.HEADER;

  private static int sha;

  private CommitFixture() {}

  /** A human, non-merge commit with 1 addition and 1 deletion, committed when authored. */
  public static String commit(String project, String author, String time) {
    return row(project, author, time, "1", "1", false, false);
  }

  public static String bot(String project, String login, String time) {
    return row(project, login, time, "1", "1", false, true);
  }

  public static String merge(String project, String author, String time) {
    return row(project, author, time, "0", "0", true, false);
  }

  public static synchronized String row(
      String project,
      String author,
      String time,
      String additions,
      String deletions,
      boolean merge,
      boolean bot) {
    sha++;
    return String.join(
        ",",
        project,
        String.format("%040x", sha),
        author,
        time,
        author,
        time,
        additions,
        deletions,
        "1",
        String.valueOf(merge),
        String.valueOf(bot));
  }

  public static Path write(Path file, List<String> rows) {
    try {
      Files.createDirectories(file.toAbsolutePath().getParent());
      try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
        out.write((HEADER + "\n").getBytes(StandardCharsets.UTF_8));
        for (String row : rows) {
          out.write((row + "\n").getBytes(StandardCharsets.UTF_8));
        }
      }
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Loads rows for the given (sorted) projects, with a clock far after any test time. */
  public static CommitTable load(Path dir, List<String> projects, List<String> rows) {
    Path file = write(dir.resolve("commits.csv.gz"), rows);
    return new CommitLoader(projects, Instant.parse("2100-01-01T00:00:00Z")).load(file).commits();
  }
}
