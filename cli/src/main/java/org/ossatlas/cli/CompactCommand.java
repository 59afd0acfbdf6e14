package org.ossatlas.cli;

import java.util.Locale;
import org.ossatlas.common.Progress;
import org.ossatlas.common.Workspace;
import org.ossatlas.harvester.compact.CompactionResult;
import org.ossatlas.harvester.compact.CompactionStage;
import org.ossatlas.harvester.compact.Compactor;
import org.ossatlas.harvester.quality.Finding;
import org.ossatlas.harvester.quality.QualityReport;
import org.ossatlas.harvester.raw.RawStore;
import picocli.CommandLine.Command;

/** Compact the raw store into data/commits.csv.gz. */
@Command(
    name = "compact",
    description = {
      "Compact the raw store (DATA/raw) into DATA/commits.csv.gz: one row per commit and project,"
          + " de-duplicated, pseudonymous keys, force-pushed commits dropped; then check the data"
          + " quality rules (docs/compaction.md).",
      "The file is replaced atomically and only when the counts reconcile. Quality findings are"
          + " printed on standard error; an error among them (a project lost many commits) exits"
          + " 65 after the file is written."
    })
final class CompactCommand extends AtlasSubcommand {
  @Override
  public Integer call() {
    Workspace workspace = workspace();
    RawStore store = new RawStore(workspace.raw());
    CompactionStage.Outcome outcome;
    try (Progress progress = Progress.start("compact", Compactor.rawBytes(store))) {
      outcome = new CompactionStage(workspace).run(progress::stepBy);
    }
    CompactionResult r = outcome.result();
    if (r.projects() == 0) {
      err()
          .println(
              "warning: nothing harvested yet in "
                  + workspace.raw()
                  + ": run `ossatlas harvest` (or `make harvest`) first");
    }
    out()
        .println(
            String.format(
                Locale.ROOT,
                "Compacted %s into %s: %,d rows from %,d projects.",
                workspace.raw(),
                workspace.commits(),
                r.rows(),
                r.projects()));
    out()
        .println(
            String.format(
                Locale.ROOT,
                "  raw          %,d files (%s), %,d records%s",
                r.rawFiles(),
                bytes(r.rawBytes()),
                r.rawRecords(),
                r.tornFiles() == 0 ? "" : ", " + r.tornFiles() + " with a torn tail"));
    out()
        .println(
            String.format(
                Locale.ROOT,
                "  commits      %,d seen = %,d rows + %,d duplicates + %,d unreachable",
                r.commitEntries(),
                r.rows(),
                r.duplicates(),
                r.unreachable()));
    out()
        .println(
            String.format(
                Locale.ROOT,
                "  output       %s, %.1f s, %,.0f commits/s",
                bytes(r.outputBytes()),
                r.millis() / 1000.0,
                r.commitsPerSecond()));
    QualityReport quality = outcome.quality();
    out()
        .println(
            String.format(
                Locale.ROOT,
                "  quality      %d errors, %d warnings",
                quality.count(Finding.Severity.ERROR),
                quality.count(Finding.Severity.WARNING)));
    out().flush();
    r.warnings().forEach(w -> err().println("warning: " + w));
    r.unparsed()
        .forEach(
            (kind, n) ->
                err()
                    .println(
                        "warning: " + n + " records of kind " + kind + " skipped (no parser)"));
    quality.lines().forEach(err()::println);
    if (quality.hasErrors()) {
      err()
          .println(
              "ossatlas: "
                  + workspace.commits()
                  + " was written, but the data has errors (see docs/compaction.md, Quality rules)");
    }
    err().flush();
    return outcome.exitCode();
  }

  static String bytes(long n) {
    if (n < 1024) {
      return n + " B";
    }
    if (n < 1024 * 1024) {
      return String.format(Locale.ROOT, "%.1f KiB", n / 1024.0);
    }
    return String.format(Locale.ROOT, "%.1f MiB", n / (1024.0 * 1024));
  }
}
