package org.ossatlas.common;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes that are all or nothing: a killed process leaves the target either as it was or complete,
 * never half-written. Each write goes to a temporary sibling, is flushed to disk, and is then
 * renamed over the target.
 */
public final class AtomicFiles {
  private AtomicFiles() {}

  /** Something that writes a whole file to a stream. */
  @FunctionalInterface
  public interface StreamWriter {
    void writeTo(OutputStream out) throws IOException;
  }

  public static void write(Path target, StreamWriter writer) {
    Path dir = target.toAbsolutePath().getParent();
    try {
      Files.createDirectories(dir);
      Path temp = Files.createTempFile(dir, "." + target.getFileName(), ".tmp");
      try {
        try (OutputStream out = Files.newOutputStream(temp)) {
          writer.writeTo(out);
        }
        fsync(temp);
        moveAtomically(temp, target);
        fsyncDirectory(dir);
      } finally {
        Files.deleteIfExists(temp);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("could not write " + target, e);
    }
  }

  /**
   * Appends {@code bytes} to {@code file} (created if missing) and forces them to disk before
   * returning, for logs that a checkpoint may point into. A new file's directory entry is not
   * synced here: callers that create files call {@link #fsyncDirectory}.
   */
  public static void appendDurably(Path file, byte[] bytes) throws IOException {
    try (FileChannel channel =
        FileChannel.open(
            file, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.APPEND)) {
      ByteBuffer buffer = ByteBuffer.wrap(bytes);
      while (buffer.hasRemaining()) {
        channel.write(buffer);
      }
      channel.force(false);
    }
  }

  public static void writeString(Path target, String content) {
    write(target, out -> out.write(content.getBytes(StandardCharsets.UTF_8)));
  }

  /**
   * Replaces directory {@code target} by the complete directory {@code staged} (a sibling, so the
   * renames stay on one file system). Readers see the old tree or the new one; a crash between the
   * two renames leaves the old tree beside the target as {@code NAME.old}, which the next call
   * removes.
   */
  public static void replaceDirectory(Path staged, Path target) {
    Path old = target.resolveSibling(target.getFileName() + ".old");
    try {
      deleteRecursively(old);
      if (Files.exists(target)) {
        Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
      }
      Files.move(staged, target, StandardCopyOption.ATOMIC_MOVE);
      deleteRecursively(old);
    } catch (IOException e) {
      throw new UncheckedIOException("could not swap " + staged + " into " + target, e);
    }
  }

  /**
   * Deletes a tree. Files go on every core (an old site has thousands of them), then the folders,
   * deepest first.
   */
  public static void deleteRecursively(Path root) throws IOException {
    if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    List<Path> files = new ArrayList<>();
    List<Path> folders = new ArrayList<>();
    Files.walkFileTree(
        root,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
            files.add(file);
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
            if (exc != null) {
              throw exc;
            }
            folders.add(dir); // post-order: children before their parent
            return FileVisitResult.CONTINUE;
          }
        });
    try {
      files.parallelStream().forEach(AtomicFiles::deleteFile);
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    for (Path folder : folders) {
      Files.delete(folder);
    }
  }

  private static void deleteFile(Path file) {
    try {
      Files.delete(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void moveAtomically(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  private static void fsync(Path file) throws IOException {
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
      channel.force(true);
    }
  }

  /**
   * Makes the entries of a directory durable (a rename, a new file or folder in it); best effort,
   * since not every platform allows opening a directory.
   */
  public static void fsyncDirectory(Path dir) {
    try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
      channel.force(true);
    } catch (IOException | UnsupportedOperationException e) {
      // Best effort: the data itself is already on disk.
    }
  }
}
