package org.ossatlas.analytics;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.ossatlas.common.AtlasException;
import org.ossatlas.common.ExitCode;

/**
 * What to tell the user when {@code analyze} runs out of heap: how much it has, about how much the
 * commit table needs, and how to give it ({@code OSSATLAS_JAVA_OPTS}). Never a bare
 * OutOfMemoryError.
 */
final class HeapAdvice {
  /**
   * Heap needed per byte of {@code commits.csv.gz}, measured with the bench's generated histories
   * (docs/metrics.md#memory): the cells, the contributor dictionary and the metrics' tables.
   */
  static final double HEAP_PER_COMPRESSED_BYTE = 3.0;

  private static final long MIB = 1L << 20;
  private static final long GIB = 1L << 30;

  private HeapAdvice() {}

  static AtlasException tooSmall(Path commits) {
    long max = Runtime.getRuntime().maxMemory();
    long needed = Math.max(max + GIB, (long) (size(commits) * HEAP_PER_COMPRESSED_BYTE));
    long gib = (needed + GIB - 1) / GIB;
    return new AtlasException(
        ExitCode.SOFTWARE,
        String.format(
            Locale.ROOT,
            "analyze ran out of memory: the Java heap is limited to %s, and the %s commit table"
                + " %s needs about %d GiB. Give it more with OSSATLAS_JAVA_OPTS, for example"
                + " `OSSATLAS_JAVA_OPTS=-Xmx%dg make site` (the default is -Xmx4g). Nothing was"
                + " changed: the previous metrics, graph properties and site are as they were.",
            human(max),
            human(size(commits)),
            commits,
            gib,
            gib));
  }

  private static long size(Path file) {
    try {
      return Files.size(file);
    } catch (IOException e) {
      return 0;
    }
  }

  private static String human(long bytes) {
    return bytes >= GIB
        ? String.format(Locale.ROOT, "%.1f GiB", bytes / (double) GIB)
        : String.format(Locale.ROOT, "%d MiB", bytes / MIB);
  }
}
