package org.ossatlas.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.ossatlas.harvester.compact.CompactionResult;
import org.ossatlas.harvester.compact.Compactor;
import org.ossatlas.harvester.raw.RawStore;

/**
 * Compaction of a generated GitHub raw store beside {@code zcat} of the same files to /dev/null:
 * the floor any compaction pays to decompress, before parsing JSON. The full scale is capped at a
 * million commits (about 2 GiB of JSON before gzip).
 */
final class CompactionVsZcat implements Benchmark {
  private static final long MAX_COMMITS = 1_000_000;

  @Override
  public String name() {
    return "compact";
  }

  @Override
  public List<Comparison> run(BenchContext context) throws Exception {
    long commits = Math.min(MAX_COMMITS, context.scale().commits);
    Path root = context.file("raw-github");
    long start = System.nanoTime();
    long entries = SyntheticRawStore.write(root, context.scale().projects, commits, 42);
    System.out.printf("   raw store ready (%.1f s)%n", (System.nanoTime() - start) / 1e9);
    RawStore store = new RawStore(root);
    Path out = context.file("commits-compacted.csv.gz");
    CompactionResult[] last = new CompactionResult[1];
    double ours =
        Timing.medianSeconds(
            context.repetitions(), () -> last[0] = new Compactor().compact(store, out, n -> {}));
    List<String> files = new ArrayList<>();
    store.projects().forEach(p -> store.files(p).forEach(f -> files.add(f.toString())));
    double zcat =
        Timing.medianSeconds(
            context.repetitions(),
            () -> {
              List<String> command = new ArrayList<>(List.of("zcat"));
              command.addAll(files);
              Process process =
                  new ProcessBuilder(command)
                      .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                      .redirectErrorStream(false)
                      .start();
              if (process.waitFor() != 0) {
                throw new IllegalStateException("zcat failed");
              }
            });
    CompactionResult r = last[0];
    if (r.commitEntries() != entries) {
      throw new IllegalStateException("entries " + r.commitEntries() + " != generated " + entries);
    }
    List<Comparison> rows = new ArrayList<>();
    rows.add(
        new Comparison(
            "compact",
            "raw → commits.csv.gz, " + r.rows() + " rows from " + r.commitEntries() + " entries",
            ours,
            "zcat of the raw files",
            zcat,
            "s",
            false));
    rows.add(
        new Comparison(
            "compact",
            "commit entries per second",
            r.commitEntries() / ours,
            "zcat",
            r.commitEntries() / zcat,
            "commits/s",
            true));
    rows.add(
        Comparison.alone(
            "compact",
            "raw store size",
            r.rawBytes() / 1048576.0,
            "MiB (" + r.rawFiles() + " files)"));
    rows.add(
        Comparison.alone("compact", "commits.csv.gz size", Files.size(out) / 1048576.0, "MiB"));
    return rows;
  }
}
