package org.ossatlas.common.commits;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import java.util.zip.GZIPInputStream;
import org.ossatlas.common.AtlasException;

/**
 * Reads a commit table of any format version, streaming: {@link #next()} hands out {@link
 * CommitChunk}s, runs of consecutive rows of one project (a large project comes in several), which
 * can be parsed on other threads; {@link #forEachRow} parses them in order. Memory is one chunk,
 * whatever the size of the table. Malformed content raises an {@link AtlasException} (exit 65)
 * naming the file, line and column.
 *
 * <p>The table is sorted by project as compaction writes it, but nothing here relies on that: a
 * project that comes back later simply starts another chunk.
 */
public final class CommitTableReader implements AutoCloseable {
  /** A chunk is cut after this many bytes of lines (then at the next line). */
  static final int CHUNK_BYTES = 1 << 20;

  private final Path file;
  private final InputStream in;
  private final int version;
  private final int[] positions;
  private final int headerColumns;
  private final byte[] buffer = new byte[1 << 16];
  private int pos;
  private int limit;
  private boolean eof;
  private byte[] line = new byte[256];
  private int lineLength;
  private boolean lineHeld;
  private long lineNumber;

  private CommitTableReader(Path file, InputStream in) throws IOException {
    this.file = file;
    this.in = in;
    if (!readLine()) {
      throw invalid(1, "the file is empty; compact it again with `ossatlas compact`");
    }
    String first = lineText();
    int v = CommitTableFormat.versionOf(first);
    if (v < 0 || v > CommitTableFormat.VERSION) {
      throw invalid(
          1,
          "'"
              + first
              + "' is not a format this version of ossatlas reads (it reads up to "
              + CommitTableFormat.versionLine()
              + "); compact it again with `ossatlas compact`");
    }
    this.version = v;
    if (v > 1 && !readLine()) {
      throw invalid(2, "the header is missing; compact it again with `ossatlas compact`");
    }
    List<String> header = Arrays.stream(lineText().split(",", -1)).map(String::strip).toList();
    this.headerColumns = header.size();
    this.positions = positions(header);
  }

  /** Opens {@code file} and reads its version line and header. */
  public static CommitTableReader open(Path file) {
    return open(file, n -> {});
  }

  /**
   * The same, telling {@code compressedBytes} how many bytes of the file each read consumed (for a
   * progress bar).
   */
  public static CommitTableReader open(Path file, LongConsumer compressedBytes) {
    InputStream raw = null;
    try {
      raw = new Counting(Files.newInputStream(file), compressedBytes);
      return new CommitTableReader(file, new GZIPInputStream(raw, 1 << 16));
    } catch (IOException e) {
      closeQuietly(raw);
      throw new UncheckedIOException("could not read " + file, e);
    } catch (RuntimeException e) {
      closeQuietly(raw);
      throw e;
    }
  }

  /** The format version of the file: 1 for a table without a version line. */
  public int version() {
    return version;
  }

  public Path file() {
    return file;
  }

  /** The next run of rows of one project, or null at the end of the table. */
  public CommitChunk next() {
    try {
      byte[] project = null;
      int projectLength = 0;
      byte[] chunk = null;
      int length = 0;
      int rows = 0;
      long first = 0;
      while (lineHeld || readLine()) {
        lineHeld = false;
        int end = lineLength;
        if (end > 0 && line[end - 1] == '\r') {
          end--;
        }
        if (isBlank(line, end)) {
          if (chunk != null) {
            chunk = append(chunk, length, line, end);
            length += end + 1;
          }
          continue;
        }
        int projectEnd = CommitChunk.projectEnd(line, end);
        if (chunk != null
            && (length >= CHUNK_BYTES
                || !Arrays.equals(line, 0, projectEnd, project, 0, projectLength))) {
          lineHeld = true;
          break;
        }
        if (chunk == null) {
          project = Arrays.copyOf(line, projectEnd);
          projectLength = projectEnd;
          chunk = new byte[Math.max(4096, end + 1)];
          first = lineNumber;
        }
        chunk = append(chunk, length, line, end);
        length += end + 1;
        rows++;
      }
      if (chunk == null) {
        return null;
      }
      return new CommitChunk(
          CommitChunk.projectId(project, projectLength), chunk, length, rows, first);
    } catch (IOException e) {
      throw new UncheckedIOException("could not read " + file, e);
    }
  }

  /** Parses every row in order; {@code visitor} sees one reused cursor per row. */
  public void forEachRow(Consumer<CommitCursor> visitor) {
    CommitCursor cursor = newCursor();
    for (CommitChunk chunk = next(); chunk != null; chunk = next()) {
      chunk.parse(cursor, visitor);
    }
  }

  /** A cursor for {@link CommitChunk#parse}; one per thread. */
  public CommitCursor newCursor() {
    return new CommitCursor(file, positions, headerColumns);
  }

  /** Reads the whole table into rows, for tests and small tools. */
  public static List<CommitTableRow> readAll(Path file) {
    List<CommitTableRow> rows = new ArrayList<>();
    try (CommitTableReader reader = open(file)) {
      reader.forEachRow(c -> rows.add(c.toRow()));
    }
    return rows;
  }

  @Override
  public void close() {
    try {
      in.close();
    } catch (IOException e) {
      throw new UncheckedIOException("could not close " + file, e);
    }
  }

  private int[] positions(List<String> header) {
    int[] at = new int[CommitTableFormat.COLUMNS.size()];
    for (int i = 0; i < at.length; i++) {
      at[i] = header.indexOf(CommitTableFormat.COLUMNS.get(i));
      if (at[i] < 0) {
        throw invalid(
            lineNumber,
            "the header has no column "
                + CommitTableFormat.COLUMNS.get(i)
                + " (expected "
                + CommitTableFormat.HEADER
                + "); compact it again with `ossatlas compact`");
      }
    }
    return at;
  }

  /** Reads the next line (without its newline) into {@link #line}; false at the end. */
  private boolean readLine() throws IOException {
    lineLength = 0;
    boolean any = false;
    while (true) {
      if (pos == limit) {
        if (eof || !fill()) {
          if (any) {
            lineNumber++;
          }
          return any;
        }
      }
      any = true;
      int start = pos;
      while (pos < limit && buffer[pos] != '\n') {
        pos++;
      }
      int n = pos - start;
      if (lineLength + n > line.length) {
        line = Arrays.copyOf(line, Math.max(line.length * 2, lineLength + n));
      }
      System.arraycopy(buffer, start, line, lineLength, n);
      lineLength += n;
      if (pos < limit) {
        pos++; // the newline
        lineNumber++;
        return true;
      }
    }
  }

  private boolean fill() throws IOException {
    int n = in.read(buffer);
    if (n < 0) {
      eof = true;
      return false;
    }
    pos = 0;
    limit = n;
    return n > 0 || fill();
  }

  private String lineText() {
    int end = lineLength;
    if (end > 0 && line[end - 1] == '\r') {
      end--;
    }
    String text = new String(line, 0, end, StandardCharsets.UTF_8);
    return text.startsWith("\uFEFF") ? text.substring(1) : text;
  }

  private static boolean isBlank(byte[] b, int end) {
    for (int i = 0; i < end; i++) {
      if (b[i] != ' ' && b[i] != '\t') {
        return false;
      }
    }
    return true;
  }

  private static byte[] append(byte[] chunk, int length, byte[] bytes, int n) {
    if (length + n + 1 > chunk.length) {
      chunk = Arrays.copyOf(chunk, Math.max(chunk.length * 2, length + n + 1));
    }
    System.arraycopy(bytes, 0, chunk, length, n);
    chunk[length + n] = '\n';
    return chunk;
  }

  AtlasException invalid(long lineNo, String what) {
    return AtlasException.invalidData(file + ":" + lineNo + ": " + what);
  }

  private static void closeQuietly(InputStream in) {
    if (in != null) {
      try {
        in.close();
      } catch (IOException e) {
        // the error being reported matters more
      }
    }
  }

  /** Counts compressed bytes as they are read. */
  private static final class Counting extends java.io.FilterInputStream {
    private final LongConsumer counter;

    Counting(InputStream in, LongConsumer counter) {
      super(in);
      this.counter = counter;
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        counter.accept(1);
      }
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = super.read(b, off, len);
      if (n > 0) {
        counter.accept(n);
      }
      return n;
    }
  }
}
