package org.ossatlas.harvester.raw;

import java.io.BufferedReader;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;
import org.ossatlas.common.AtlasException;

/** Reading raw files. */
public final class RawFiles {
  private RawFiles() {}

  /** What a read found besides the records. */
  public record ReadResult(long records, boolean tornTail) {}

  /**
   * Streams the records of one file in order. Every member holds whole lines, and the gzip stream
   * fails before a torn member's partial line is returned. A torn tail (a kill during an append
   * that no harvest has repaired yet) ends the file quietly: the records before it are complete.
   * Damage anywhere else, or a line that is not a raw record, is invalid data (exit 65) naming the
   * file and the record number.
   */
  public static ReadResult read(Path file, Consumer<RawRecord> consumer) {
    long count = 0;
    try (BufferedReader reader =
        new BufferedReader(
            new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(file), 64 * 1024), StandardCharsets.UTF_8),
            64 * 1024)) {
      String line;
      while ((line = reader.readLine()) != null) {
        count++;
        consumer.accept(parse(file, count, line));
      }
      return new ReadResult(count, false);
    } catch (EOFException e) {
      return new ReadResult(count, true);
    } catch (ZipException e) {
      throw AtlasException.invalidData(
          file
              + ": corrupt gzip data after record "
              + count
              + " ("
              + e.getMessage()
              + "); restore the file from a backup or delete it and harvest that repository again");
    } catch (IOException e) {
      throw new UncheckedIOException("could not read " + file, e);
    }
  }

  /** The last record of a file, tolerating a torn tail. */
  static Optional<RawRecord> lastRecord(Path file) {
    try {
      GzipMembers.Scan scan = GzipMembers.scan(file);
      if (scan.lastMember() == null) {
        return Optional.empty();
      }
      String text = new String(scan.lastMember(), StandardCharsets.UTF_8).stripTrailing();
      String line = text.substring(text.lastIndexOf('\n') + 1);
      return Optional.of(parse(file, -1, line));
    } catch (IOException e) {
      throw new UncheckedIOException("could not read " + file, e);
    }
  }

  private static RawRecord parse(Path file, long number, String line) {
    try {
      return RawJson.READER.readValue(line);
    } catch (IOException e) {
      throw AtlasException.invalidData(
          file
              + ": record "
              + (number < 0 ? "(last)" : String.valueOf(number))
              + " is not a raw record: "
              + e.getMessage().lines().findFirst().orElse(""));
    }
  }
}
