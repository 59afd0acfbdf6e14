package org.ossatlas.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.SplittableRandom;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;
import org.ossatlas.common.commits.CommitTableFormat;

/**
 * A {@code commits.csv.gz} with the shape of real histories: project sizes follow a power law, a
 * few authors make most commits, some authors work on several projects, about 5 % of commits are
 * bots and 8 % merges. The same seed gives the same file.
 */
public final class SyntheticCommits {
  private static final Instant END = Instant.parse("2026-10-31T23:00:00Z");
  private static final Instant EARLIEST = Instant.parse("2005-01-01T00:00:00Z");

  private SyntheticCommits() {}

  /** Project ids {@code p0000 …}, matching {@link SyntheticSheets}. */
  static String projectId(int i) {
    return String.format("p%04d", i);
  }

  public static void write(Path file, int projects, long commits, long seed) throws IOException {
    double[] weights = new double[projects];
    double total = 0;
    for (int i = 0; i < projects; i++) {
      weights[i] = 1 / Math.pow(i + 1, 0.8);
      total += weights[i];
    }
    SplittableRandom random = new SplittableRandom(seed);
    Files.createDirectories(file.toAbsolutePath().getParent());
    try (OutputStream raw = Files.newOutputStream(file);
        OutputStream gz = fastGzip(raw);
        Writer out =
            new BufferedWriter(new OutputStreamWriter(gz, StandardCharsets.UTF_8), 1 << 16)) {
      out.write(CommitTableFormat.preamble());
      long written = 0;
      for (int p = 0; p < projects; p++) {
        long n = p == projects - 1 ? commits - written : Math.round(commits * weights[p] / total);
        writeProject(out, p, n, random);
        written += n;
      }
    }
  }

  private static void writeProject(Writer out, int p, long n, SplittableRandom random)
      throws IOException {
    String project = projectId(p);
    long span = ChronoUnit.SECONDS.between(EARLIEST, END);
    Instant start = EARLIEST.plusSeconds((long) (span * random.nextDouble(0.1, 0.95)));
    long seconds = ChronoUnit.SECONDS.between(start, END);
    int authors = (int) Math.max(1, Math.sqrt(n) * 2);
    StringBuilder line = new StringBuilder(160);
    for (long c = 0; c < n; c++) {
      boolean bot = random.nextInt(100) < 5;
      boolean merge = !bot && random.nextInt(100) < 8;
      String author = bot ? "gh:dependabot[bot]" : authorKey(p, authors, random);
      Instant time = start.plusSeconds((long) (seconds * Math.sqrt(random.nextDouble())));
      line.setLength(0);
      line.append(project).append(',').append(sha(p, c)).append(',').append(author).append(',');
      line.append(time).append(',').append(author).append(',').append(time).append(',');
      if (!merge) {
        line.append(random.nextInt(400)).append(',').append(random.nextInt(200)).append(',');
        line.append(1 + random.nextInt(12));
      } else {
        line.append(",,");
      }
      line.append(',').append(merge).append(',').append(bot).append('\n');
      out.append(line);
    }
  }

  /** Mostly the project's own people, by a power law; one in ten from a shared pool. */
  private static String authorKey(int project, int authors, SplittableRandom random) {
    if (random.nextInt(10) == 0) {
      return "gh:shared" + (int) (5000 * Math.pow(random.nextDouble(), 3));
    }
    int rank = (int) (authors * Math.pow(random.nextDouble(), 3));
    return "gh:u" + project + "x" + rank;
  }

  private static String sha(int project, long commit) {
    return String.format("%08x%032x", project, commit);
  }

  private static OutputStream fastGzip(OutputStream raw) throws IOException {
    return new GZIPOutputStream(raw, 1 << 16) {
      {
        def.setLevel(Deflater.BEST_SPEED);
      }
    };
  }
}
