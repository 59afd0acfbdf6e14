package org.ossatlas.harvester.raw;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/**
 * What the raw store holds for one project, read without changing anything (unlike {@link
 * RawStore#open}, a torn tail is left for the next harvest to repair): for {@code ossatlas status}.
 *
 * @param lastFetchedAt when the newest stored record was received, or null when there is none
 */
public record RawStoreSummary(String project, int files, long bytes, Instant lastFetchedAt) {

  public static RawStoreSummary of(RawStore store, String project) {
    List<Path> files = store.files(project);
    long bytes = 0;
    for (Path file : files) {
      try {
        bytes += Files.size(file);
      } catch (IOException e) {
        throw new UncheckedIOException("could not read " + file, e);
      }
    }
    Instant last = null;
    for (int i = files.size() - 1; i >= 0 && last == null; i--) {
      last = RawFiles.lastRecord(files.get(i)).map(RawRecord::fetchedAt).orElse(null);
    }
    return new RawStoreSummary(project, files.size(), bytes, last);
  }
}
