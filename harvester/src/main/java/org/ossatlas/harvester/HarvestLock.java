package org.ossatlas.harvester;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import org.ossatlas.common.AtlasException;
import org.ossatlas.common.ExitCode;

/**
 * {@code data/state/harvest.lock}, held for the whole run so that two harvests never write the same
 * raw files and checkpoints at once. The file names its holder (pid, start time) so that the second
 * run can say who is in the way.
 */
final class HarvestLock implements AutoCloseable {
  private final FileChannel channel;

  private HarvestLock(FileChannel channel) {
    this.channel = channel;
  }

  /** Takes the lock or fails with exit 75: another run holds it, this one did nothing. */
  static HarvestLock take(Path stateDir, Clock clock) {
    Path file = stateDir.resolve("harvest.lock");
    try {
      Files.createDirectories(file.getParent());
      FileChannel channel =
          FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
      FileLock lock;
      try {
        lock = channel.tryLock();
      } catch (OverlappingFileLockException e) {
        lock = null;
      }
      if (lock == null) {
        channel.close();
        throw new AtlasException(
            ExitCode.TEMP_FAIL,
            "another harvest is running"
                + holder(file)
                + ": "
                + file
                + " is locked. This run did nothing; try again when it has finished.");
      }
      channel.truncate(0);
      channel.write(
          StandardCharsets.UTF_8.encode(
              "pid " + ProcessHandle.current().pid() + ", started " + clock.instant() + "\n"));
      channel.force(false);
      return new HarvestLock(channel);
    } catch (IOException e) {
      throw new UncheckedIOException("could not take the harvest lock " + file, e);
    }
  }

  private static String holder(Path file) {
    try {
      return " (" + Files.readString(file, StandardCharsets.UTF_8).strip() + ")";
    } catch (IOException ignored) {
      return ""; // the message is complete without it
    }
  }

  @Override
  public void close() {
    try {
      channel.close();
    } catch (IOException e) {
      throw new UncheckedIOException("could not release the harvest lock", e);
    }
  }
}
