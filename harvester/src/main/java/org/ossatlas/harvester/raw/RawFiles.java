package org.ossatlas.harvester.raw;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.ossatlas.common.AtlasException;

/** Reading raw files. */
public final class RawFiles {
  private RawFiles() {}

  /** What a read found besides the records. */
  public record ReadResult(long records, boolean tornTail) {}

  /**
   * Streams the records of one file in order, accounting for every byte of it. Every member holds
   * whole lines, and a line cut by a torn member is never returned. A torn tail (a kill during an
   * append that no harvest has repaired yet) is tolerated only in the project's newest file, the
   * only one appended to: the file then ends quietly after the records before the tear. Those may
   * include lines of the torn append itself (all of them when only its gzip trailer is missing):
   * its checkpoint was never written, so it is fetched again and compaction de-duplicates it.
   * Anything else (a tear in an older file, a malformed member, bytes after the last member, a line
   * that is not a raw record) is invalid data (exit 65) naming the file and the record.
   */
  public static ReadResult read(Path file, Consumer<RawRecord> consumer) {
    long count = 0;
    try (BufferedReader reader =
        new BufferedReader(
            new InputStreamReader(
                new GzipMemberStream(Files.newInputStream(file)), StandardCharsets.UTF_8),
            64 * 1024)) {
      String line;
      while ((line = reader.readLine()) != null) {
        count++;
        consumer.accept(parse(file, count, line));
      }
      return new ReadResult(count, false);
    } catch (GzipMemberStream.Damage e) {
      return damaged(file, count, e);
    } catch (IOException e) {
      throw new UncheckedIOException("could not read " + file, e);
    }
  }

  /**
   * A torn tail of the newest file is tolerated; anything else is invalid data. A member that runs
   * to the end of the file is confirmed by a full scan, which also looks for a complete member
   * behind it (a damaged length can make one member swallow the rest of the file).
   */
  private static ReadResult damaged(Path file, long count, GzipMemberStream.Damage damage) {
    String problem = damage.getMessage();
    if (damage.shortAtEnd) {
      GzipMembers.Scan scan;
      try {
        scan = GzipMembers.scan(file);
      } catch (IOException e) {
        throw new UncheckedIOException("could not read " + file, e);
      }
      if (scan.torn() && isNewest(file)) {
        return new ReadResult(count, true);
      }
      if (scan.torn()) {
        throw AtlasException.invalidData(
            file
                + ": torn "
                + scan.where()
                + " after record "
                + count
                + ", but this is not the project's newest file and only that one is ever"
                + " repaired; restore the file from a backup, or move the project's raw folder"
                + " away and harvest it again");
      }
      if (scan.corrupt()) {
        problem = scan.where();
      }
    }
    throw AtlasException.invalidData(
        file
            + ": damaged "
            + problem
            + " after record "
            + count
            + "; restore the file from a backup, or move the project's raw folder away and"
            + " harvest it again");
  }

  /** Whether no raw file of the same project sorts after this one. */
  private static boolean isNewest(Path file) {
    Path dir = file.toAbsolutePath().getParent();
    String name = file.getFileName().toString();
    try (Stream<Path> files = Files.list(dir)) {
      return files
          .map(f -> f.getFileName().toString())
          .filter(RawStore::isRawFileName)
          .noneMatch(other -> other.compareTo(name) > 0);
    } catch (IOException e) {
      throw new UncheckedIOException("could not list " + dir, e);
    }
  }

  /** The last record of a file, tolerating a torn tail. */
  static Optional<RawRecord> lastRecord(Path file) {
    try {
      return lastRecord(file, GzipMembers.scan(file).lastMember());
    } catch (IOException e) {
      throw new UncheckedIOException("could not read " + file, e);
    }
  }

  /** The last record in {@code member}, the content of {@code file}'s last intact gzip member. */
  static Optional<RawRecord> lastRecord(Path file, byte[] member) {
    if (member == null) {
      return Optional.empty();
    }
    String text = new String(member, StandardCharsets.UTF_8).stripTrailing();
    if (text.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(parse(file, -1, text.substring(text.lastIndexOf('\n') + 1)));
  }

  private static RawRecord parse(Path file, long number, String line) {
    RawRecord record;
    try {
      record = RawJson.READER.readValue(line);
    } catch (IOException e) {
      throw AtlasException.invalidData(
          file
              + ": record "
              + (number < 0 ? "(last)" : String.valueOf(number))
              + " is not a raw record: "
              + e.getMessage().lines().findFirst().orElse(""));
    }
    if (record.formatVersion() > RawRecord.VERSION) {
      throw AtlasException.invalidData(
          file
              + ": record "
              + (number < 0 ? "(last)" : String.valueOf(number))
              + " has envelope format "
              + record.formatVersion()
              + ", but this build reads up to "
              + RawRecord.VERSION
              + "; run the newer ossatlas that wrote it");
    }
    return record;
  }
}
