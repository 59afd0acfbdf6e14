package org.ossatlas.common.commits;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.ossatlas.common.AtomicFiles;

/**
 * Writes a commit table: gzip, the {@link CommitTableFormat#preamble()}, then rows. Rows are
 * formatted by {@link CommitTableRow#appendTo}, so workers can format a project's rows in parallel
 * and hand the bytes to {@link #writeLines}. The caller owns the file (use {@link AtomicFiles} so
 * that a failure leaves the previous table).
 */
public final class CommitTableWriter implements AutoCloseable {
  private final GZIPOutputStream gzip;
  private long rows;

  /** Starts a table on {@code out}; {@link #close} finishes the gzip stream and closes it. */
  public CommitTableWriter(OutputStream out) throws IOException {
    this.gzip = new GZIPOutputStream(out, 1 << 16);
    gzip.write(CommitTableFormat.preamble().getBytes(StandardCharsets.UTF_8));
  }

  /** Appends lines made by {@link CommitTableRow#appendTo} (each ending in a newline). */
  public void writeLines(byte[] lines) throws IOException {
    gzip.write(lines);
    for (byte b : lines) {
      if (b == '\n') {
        rows++;
      }
    }
  }

  public void write(CommitTableRow row) throws IOException {
    writeLines(row.appendTo(new StringBuilder(160)).toString().getBytes(StandardCharsets.UTF_8));
  }

  /** Rows written so far. */
  public long rows() {
    return rows;
  }

  /** Finishes the gzip stream without closing the underlying one. */
  public void finish() throws IOException {
    gzip.finish();
  }

  @Override
  public void close() throws IOException {
    gzip.close();
  }

  /** Writes a whole table atomically: the rows in the order given. */
  public static void write(Path file, Iterable<CommitTableRow> rows) {
    AtomicFiles.write(
        file,
        out -> {
          CommitTableWriter writer = new CommitTableWriter(out);
          for (CommitTableRow row : rows) {
            writer.write(row);
          }
          writer.finish();
        });
  }
}
