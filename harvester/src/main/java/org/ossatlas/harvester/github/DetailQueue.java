package org.ossatlas.harvester.github;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import org.ossatlas.common.AtomicFiles;

/**
 * The commits whose details are still to be fetched: {@code data/state/github/<project>.queue}, one
 * 40-hex SHA and a newline per entry (41 bytes, so entry {@code i} sits at byte {@code 41*i}). The
 * checkpoint says how many entries count ({@code queue_length}) and how many are done ({@code
 * queue_done}); bytes past {@code queue_length} were appended by a run killed before its checkpoint
 * and are cut off on open. Kept beside the checkpoint rather than in it, so that a first harvest of
 * a large repository does not rewrite megabytes of SHAs at every step.
 */
final class DetailQueue {
  private static final int ENTRY = 41;
  private final Path file;

  DetailQueue(Path file, long validLength) {
    this.file = file;
    try {
      if (Files.exists(file) && Files.size(file) > validLength * ENTRY) {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
          channel.truncate(validLength * ENTRY);
          channel.force(true);
        }
      }
      if (validLength > 0 && (!Files.exists(file) || Files.size(file) < validLength * ENTRY)) {
        throw new IllegalStateException(
            file
                + " is shorter than its checkpoint says; delete the checkpoint and the queue file"
                + " to start that repository over");
      }
    } catch (IOException e) {
      throw new UncheckedIOException("could not open " + file, e);
    }
  }

  /** Appends SHAs durably (before the checkpoint that counts them). */
  void append(List<String> shas) {
    if (shas.isEmpty()) {
      return;
    }
    StringBuilder text = new StringBuilder(shas.size() * ENTRY);
    for (String sha : shas) {
      if (sha.length() != 40) {
        throw new IllegalArgumentException("not a full SHA: " + sha);
      }
      text.append(sha).append('\n');
    }
    try {
      Files.createDirectories(file.getParent());
      boolean newFile = Files.notExists(file);
      AtomicFiles.appendDurably(file, text.toString().getBytes(StandardCharsets.US_ASCII));
      if (newFile) {
        AtomicFiles.fsyncDirectory(file.getParent()); // the checkpoint must not outlive the entry
      }
    } catch (IOException e) {
      throw new UncheckedIOException("could not append to " + file, e);
    }
  }

  /** Up to {@code max} entries from index {@code from}. */
  List<String> read(long from, int max) {
    List<String> shas = new ArrayList<>();
    if (!Files.exists(file)) {
      return shas;
    }
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
      ByteBuffer buffer = ByteBuffer.allocate(max * ENTRY);
      long position = from * ENTRY;
      while (buffer.hasRemaining()) {
        int n = channel.read(buffer, position + buffer.position());
        if (n < 0) {
          break;
        }
      }
      buffer.flip();
      String text = StandardCharsets.US_ASCII.decode(buffer).toString();
      for (int i = 0; i + ENTRY <= text.length(); i += ENTRY) {
        shas.add(text.substring(i, i + 40));
      }
      return shas;
    } catch (IOException e) {
      throw new UncheckedIOException("could not read " + file, e);
    }
  }

  /** Empties the file once every entry is done (after the checkpoint saying 0 of 0). */
  void clear() {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      throw new UncheckedIOException("could not delete " + file, e);
    }
  }
}
