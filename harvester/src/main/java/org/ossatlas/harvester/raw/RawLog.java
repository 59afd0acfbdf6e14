package org.ossatlas.harvester.raw;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.zip.GZIPOutputStream;
import org.ossatlas.common.AtomicFiles;

/**
 * The append side of one repository's raw files. Each {@link #append} writes one complete gzip
 * member and forces it to disk before returning (with the directory entries of a new file and of
 * the folders made for it), so a caller may checkpoint after it: whatever a checkpoint points past
 * is durable. Only the newest file is ever written; when it has reached the size limit it is sealed
 * (read-only) and the next append starts a new file named after the day of that append.
 */
public final class RawLog {
  private final RawStore store;
  private final String project;
  private final Clock clock;
  private Path current;

  /** The last record stored, as read when the log was opened or as last appended. */
  private Optional<RawRecord> last;

  /**
   * @param lastMember the content of the newest file's last gzip member, read by {@link
   *     RawStore#open} (null when there is no file)
   */
  RawLog(RawStore store, String project, Clock clock, Path newest, byte[] lastMember) {
    this.store = store;
    this.project = project;
    this.clock = clock;
    this.current = newest;
    this.last = lastMember == null ? Optional.empty() : RawFiles.lastRecord(newest, lastMember);
  }

  public String project() {
    return project;
  }

  public void append(RawRecord record) {
    append(List.of(record));
  }

  /** Appends the records as one unit: after a kill, either all of them are there or none. */
  public synchronized void append(List<RawRecord> records) {
    if (records.isEmpty()) {
      return;
    }
    try {
      List<Path> newDirectories = new ArrayList<>();
      Path file = fileForAppend(newDirectories);
      boolean newFile = Files.notExists(file);
      byte[] member = gzipMember(records);
      AtomicFiles.appendDurably(file, member);
      if (newFile) {
        // The new file's entry, and those of folders made for it, must be as durable as its data:
        // a checkpoint written after this returns may point into it.
        store.syncDirectory(file.getParent());
        for (Path dir : newDirectories) {
          store.syncDirectory(dir.getParent());
        }
      }
      current = file;
      last = Optional.of(records.get(records.size() - 1));
    } catch (IOException e) {
      throw new UncheckedIOException("could not append to the raw store of " + project, e);
    }
  }

  /**
   * The last record stored for this repository, if any: where an interrupted run got to. Known
   * since {@link RawStore#open} (which read the file once) or the last append; never read again.
   */
  public synchronized Optional<RawRecord> lastRecord() {
    return last;
  }

  /** The file to append to; folders created for a new one are added to {@code newDirectories}. */
  private Path fileForAppend(List<Path> newDirectories) throws IOException {
    if (current != null && Files.size(current) < store.sealBytes()) {
      return current;
    }
    if (current != null) {
      RawStore.seal(current);
    }
    LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    Path next = store.nextFile(project, today, current);
    for (Path dir = next.getParent(); dir != null && Files.notExists(dir); dir = dir.getParent()) {
      newDirectories.add(dir);
    }
    Files.createDirectories(next.getParent());
    return next;
  }

  private static byte[] gzipMember(List<RawRecord> records) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (GZIPOutputStream gzip = new GZIPOutputStream(bytes)) {
      for (RawRecord record : records) {
        gzip.write(RawJson.WRITER.writeValueAsString(record).getBytes(StandardCharsets.UTF_8));
        gzip.write('\n');
      }
    }
    return bytes.toByteArray();
  }
}
