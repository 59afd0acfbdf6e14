package org.ossatlas.harvester.raw;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.ossatlas.common.AtlasException;
import org.ossatlas.common.AtomicFiles;

/**
 * The raw store: {@code data/raw/<project>/<yyyy-mm-dd>-<seq>.jsonl.gz}, gzip JSON lines of {@link
 * RawRecord}s, partitioned by the time they were fetched. See {@code docs/raw-store.md}.
 */
public final class RawStore {
  /** 16 MiB of compressed lines per file: a few hundred thousand commits of GitHub JSON. */
  public static final long DEFAULT_SEAL_BYTES = 16L * 1024 * 1024;

  private static final Pattern FILE_NAME =
      Pattern.compile("(\\d{4}-\\d{2}-\\d{2})-(\\d{4})\\.jsonl\\.gz");

  private final Path root;
  private final long sealBytes;
  private final Clock clock;
  private final List<String> repairs = Collections.synchronizedList(new ArrayList<>());
  private final Consumer<Path> directorySync;

  public RawStore(Path root, long sealBytes, Clock clock) {
    this(root, sealBytes, clock, AtomicFiles::fsyncDirectory);
  }

  /**
   * @param directorySync makes a directory's entries durable; a test may wrap it to see it called
   */
  RawStore(Path root, long sealBytes, Clock clock, Consumer<Path> directorySync) {
    if (sealBytes <= 0) {
      throw new IllegalArgumentException("seal size must be positive: " + sealBytes);
    }
    this.root = root;
    this.sealBytes = sealBytes;
    this.clock = clock;
    this.directorySync = directorySync;
  }

  public RawStore(Path root) {
    this(root, DEFAULT_SEAL_BYTES, Clock.systemUTC());
  }

  public Path root() {
    return root;
  }

  long sealBytes() {
    return sealBytes;
  }

  void syncDirectory(Path dir) {
    directorySync.accept(dir);
  }

  /**
   * Opens a repository's log for appending. A newest file torn by a kill is cut back to its last
   * complete append first (nothing before the tear is lost); see {@link #repairs()}. Only a short
   * last member is cut: damage followed by more data is invalid data (exit 65) and nothing is cut.
   *
   * <p>The newest file is read once, by that check, which also keeps its last member for {@link
   * RawLog#lastRecord}. No store-wide lock is held meanwhile: projects open in parallel; one
   * project is opened by one thread at a time (each source harvests a project on one thread).
   */
  public RawLog open(String project) {
    Optional<Path> newest = newestFile(project);
    byte[] lastMember = null;
    if (newest.isPresent()) {
      lastMember = repairTornTail(newest.get());
      if (Files.notExists(newest.get())) {
        // The whole file was a torn first append: the one before it is the newest now.
        newest = newestFile(project);
        lastMember = newest.isPresent() ? scan(newest.get()).lastMember() : null;
      }
    }
    return new RawLog(this, project, clock, newest.orElse(null), lastMember);
  }

  /** What {@link #open} repaired in this process, one line each, for the run report. */
  public List<String> repairs() {
    synchronized (repairs) {
      return List.copyOf(repairs);
    }
  }

  /** The projects that have raw files, sorted. */
  public List<String> projects() {
    if (!Files.isDirectory(root)) {
      return List.of();
    }
    try (Stream<Path> dirs = Files.list(root)) {
      return dirs.filter(Files::isDirectory)
          .map(d -> d.getFileName().toString())
          .filter(name -> !name.startsWith("."))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException("could not list " + root, e);
    }
  }

  /** A project's raw files, oldest first. */
  public List<Path> files(String project) {
    Path dir = root.resolve(project);
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(dir)) {
      return files
          .filter(f -> FILE_NAME.matcher(f.getFileName().toString()).matches())
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException("could not list " + dir, e);
    }
  }

  static boolean isRawFileName(String name) {
    return FILE_NAME.matcher(name).matches();
  }

  Optional<Path> newestFile(String project) {
    List<Path> files = files(project);
    return files.isEmpty() ? Optional.empty() : Optional.of(files.get(files.size() - 1));
  }

  /**
   * The file after {@code previous}, named by {@code day}; never earlier than the previous file's
   * day, so that names keep the append order even if the clock steps back.
   */
  Path nextFile(String project, LocalDate day, Path previous) {
    LocalDate date = day;
    int seq = 1;
    if (previous != null) {
      Matcher m = FILE_NAME.matcher(previous.getFileName().toString());
      if (!m.matches()) {
        throw new IllegalStateException("not a raw file name: " + previous);
      }
      LocalDate previousDay = LocalDate.parse(m.group(1));
      if (!date.isAfter(previousDay)) {
        date = previousDay;
        seq = Integer.parseInt(m.group(2)) + 1;
      }
    }
    return root.resolve(project).resolve(String.format("%s-%04d.jsonl.gz", date, seq));
  }

  static void seal(Path file) {
    if (!file.toFile().setWritable(false, false)) {
      throw new UncheckedIOException(new IOException("could not make " + file + " read-only"));
    }
  }

  /** Cuts a torn tail off {@code file}; returns the content of its last intact member. */
  private byte[] repairTornTail(Path file) {
    try {
      GzipMembers.Scan scan = GzipMembers.scan(file);
      if (scan.corrupt()) {
        throw AtlasException.invalidData(
            file
                + ": damaged "
                + scan.where()
                + "; nothing was cut, since the checkpoint may point past it. Restore the file"
                + " from a backup, or move the project's raw folder away and harvest it again");
      }
      if (!scan.torn()) {
        return scan.lastMember();
      }
      if (scan.intactBytes() == 0) {
        Files.delete(file);
      } else {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
          channel.truncate(scan.intactBytes());
          channel.force(true);
        }
      }
      repairs.add(
          String.format(
              "%s: cut a torn tail of %d bytes (an append interrupted by a kill); %d bytes kept",
              root.relativize(file), scan.fileBytes() - scan.intactBytes(), scan.intactBytes()));
      return scan.lastMember();
    } catch (IOException e) {
      throw new UncheckedIOException("could not repair " + file, e);
    }
  }

  private static GzipMembers.Scan scan(Path file) {
    try {
      return GzipMembers.scan(file);
    } catch (IOException e) {
      throw new UncheckedIOException("could not read " + file, e);
    }
  }
}
