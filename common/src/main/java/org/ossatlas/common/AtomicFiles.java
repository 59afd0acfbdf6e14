package org.ossatlas.common;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
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
import java.util.function.Predicate;
import java.util.stream.Stream;

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
   * renames stay on one file system): the old tree is renamed aside to {@code NAME.old}, then the
   * staged one into place. Between the two renames there is no tree at {@code target} (a reader
   * then finds nothing, never a half-written tree); a crash there leaves the old tree as {@code
   * NAME.old}, which the next call removes.
   *
   * <p>Only an absent or empty {@code target}, or one that {@code isPreviousOutput} recognises, is
   * replaced: {@code render --out .} in a checkout must not delete the checkout. Anything else is a
   * usage error (exit 2) that deletes nothing.
   */
  public static void replaceDirectory(Path staged, Path target, Predicate<Path> isPreviousOutput) {
    Path old = target.resolveSibling(target.getFileName() + ".old");
    requireReplaceable(target, isPreviousOutput);
    requireReplaceable(old, isPreviousOutput);
    try {
      deleteRecursively(old);
      if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
        Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
      }
      Files.move(staged, target, StandardCopyOption.ATOMIC_MOVE);
      deleteRecursively(old);
    } catch (IOException e) {
      throw new UncheckedIOException("could not swap " + staged + " into " + target, e);
    }
  }

  /**
   * Throws a usage error (exit 2) unless {@code target} is absent, an empty directory, or a
   * directory {@code isPreviousOutput} recognises. Commands call it before they start work, and
   * {@link #replaceDirectory} again just before the swap.
   */
  public static void requireReplaceable(Path target, Predicate<Path> isPreviousOutput) {
    if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    if (!Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
      throw AtlasException.usage(
          target
              + " exists and is not a folder; nothing was deleted. Give an output folder that is"
              + " empty, missing or holds a previous output");
    }
    if (isEmptyDirectory(target) || isPreviousOutput.test(target)) {
      return;
    }
    throw AtlasException.usage(
        target
            + " is not empty and does not hold a previous OSS Atlas output, so it is not replaced"
            + " and nothing was deleted. Give an output folder that is empty, missing or holds a"
            + " previous output");
  }

  /** Recognises a previous output by a marker file its writer leaves in it. */
  public static Predicate<Path> hasMarker(String fileName) {
    return dir -> Files.isRegularFile(dir.resolve(fileName), LinkOption.NOFOLLOW_LINKS);
  }

  /**
   * Recognises a previous output by its contents: folders and regular files whose names end in one
   * of {@code suffixes}, nothing else (a checkout's {@code .git} or sources fail the test).
   */
  public static Predicate<Path> holdsOnly(String... suffixes) {
    List<String> allowed = List.of(suffixes);
    return dir -> {
      try (Stream<Path> tree = Files.walk(dir)) {
        return tree.allMatch(
            p ->
                Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)
                    ? true
                    : Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)
                        && allowed.stream().anyMatch(p.getFileName().toString()::endsWith));
      } catch (IOException | UncheckedIOException e) {
        return false;
      }
    };
  }

  /**
   * A fresh staging folder {@code NAME.INFIX-random} beside {@code target}, after removing the ones
   * a killed run left behind (a kill -9 runs no cleanup; the next run does it).
   */
  public static Path freshStagingFolder(Path target, String infix) {
    Path parent = target.toAbsolutePath().normalize().getParent();
    String prefix = target.getFileName() + "." + infix + "-";
    try {
      Files.createDirectories(parent);
      try (DirectoryStream<Path> old = Files.newDirectoryStream(parent, prefix + "*")) {
        for (Path leftover : old) {
          deleteRecursively(leftover);
        }
      }
      return Files.createTempDirectory(parent, prefix);
    } catch (IOException e) {
      throw new UncheckedIOException("could not create a folder beside " + target, e);
    }
  }

  private static boolean isEmptyDirectory(Path dir) {
    try (Stream<Path> entries = Files.list(dir)) {
      return entries.findAny().isEmpty();
    } catch (IOException e) {
      return false;
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
