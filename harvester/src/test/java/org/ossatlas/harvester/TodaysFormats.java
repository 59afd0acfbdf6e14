package org.ossatlas.harvester;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;

/**
 * {@code src/test/resources/formats/v0/}: a data folder (raw store, checkpoints, run log) written
 * by a real harvest before the formats carried versions. Readers must go on accepting it.
 */
public final class TodaysFormats {
  private TodaysFormats() {}

  /** A writable copy of the fixture's data folder under {@code dir}. */
  public static Path copyTo(Path dir) {
    try {
      Path from = Path.of(TodaysFormats.class.getResource("/formats/v0").toURI());
      try (Stream<Path> files = Files.walk(from)) {
        for (Path f : files.filter(Files::isRegularFile).toList()) {
          Path to = dir.resolve(from.relativize(f).toString());
          Files.createDirectories(to.getParent());
          Files.copy(f, to, StandardCopyOption.REPLACE_EXISTING);
        }
      }
      return dir;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
