package org.ossatlas.importer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import org.ossatlas.common.AtomicFiles;
import org.ossatlas.graph.sheets.Sheet;
import org.ossatlas.graph.sheets.SheetsValidator;
import org.ossatlas.graph.sheets.ValidationResult;

/**
 * A copy of a sheets folder, beside it, that is changed, validated and then swapped in whole — or
 * thrown away: curators never see a half-imported or invalid folder. Files the import does not
 * write (the folder's README, a curator's notes) are carried over.
 */
final class StagedSheets implements AutoCloseable {
  private final Path target;
  private final Path staged;
  private boolean committed;

  private StagedSheets(Path target, Path staged) {
    this.target = target;
    this.staged = staged;
  }

  /** Stages a copy of {@code target} (an empty folder when it does not exist yet). */
  static StagedSheets of(Path target) {
    Path absolute = target.toAbsolutePath().normalize();
    // `--out .` in a checkout must not copy, then swap, the whole checkout.
    AtomicFiles.requireReplaceable(absolute, StagedSheets::isSheetsFolder);
    try {
      Files.createDirectories(absolute.getParent());
      Path staged =
          Files.createTempDirectory(absolute.getParent(), "." + absolute.getFileName() + ".new");
      if (Files.isDirectory(absolute)) {
        copyTree(absolute, staged);
      }
      return new StagedSheets(absolute, staged);
    } catch (IOException e) {
      throw new UncheckedIOException("could not stage a copy of " + target, e);
    }
  }

  /** The staged folder, to write into. */
  Path dir() {
    return staged;
  }

  ValidationResult validate() {
    return SheetsValidator.validate(staged);
  }

  /** Swaps the staged folder in for the target. */
  void commit() {
    AtomicFiles.replaceDirectory(staged, target, StagedSheets::isSheetsFolder);
    committed = true;
  }

  /** Removes the staged copy unless it was committed. */
  @Override
  public void close() {
    if (!committed) {
      try {
        AtomicFiles.deleteRecursively(staged);
      } catch (IOException e) {
        throw new UncheckedIOException("could not remove " + staged, e);
      }
    }
  }

  /** A folder that holds at least one of the six sheets. */
  static boolean isSheetsFolder(Path dir) {
    for (Sheet sheet : Sheet.values()) {
      if (Files.isRegularFile(dir.resolve(sheet.file()))) {
        return true;
      }
    }
    return false;
  }

  private static void copyTree(Path from, Path to) throws IOException {
    Files.walkFileTree(
        from,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs)
              throws IOException {
            Files.createDirectories(to.resolve(from.relativize(dir).toString()));
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attrs)
              throws IOException {
            Files.copy(
                file,
                to.resolve(from.relativize(file).toString()),
                StandardCopyOption.COPY_ATTRIBUTES);
            return FileVisitResult.CONTINUE;
          }
        });
  }
}
