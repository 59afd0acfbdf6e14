package org.ossatlas.harvester.compact;

import java.time.Clock;
import java.util.List;
import java.util.function.LongConsumer;
import org.ossatlas.common.AtlasException;
import org.ossatlas.common.ExitCode;
import org.ossatlas.common.Reconciliation;
import org.ossatlas.common.Reconciliation.Count;
import org.ossatlas.common.RepoFacts;
import org.ossatlas.common.RunLog;
import org.ossatlas.common.StageReport;
import org.ossatlas.common.StageRun;
import org.ossatlas.common.Workspace;
import org.ossatlas.harvester.quality.CommitQualityCheck;
import org.ossatlas.harvester.quality.QualityReport;
import org.ossatlas.harvester.quality.QualityRules;
import org.ossatlas.harvester.raw.RawStore;

/**
 * The {@code compact} stage: compaction, then the data-quality rules on the new file, recorded as
 * one run in {@code data/runs/}. The file is replaced whenever the counts reconcile; quality errors
 * (a large drop in a project's commits) are reported after it is written and give exit 65, so cron
 * and make notice while the table stays usable (docs/compaction.md).
 */
public final class CompactionStage {
  public static final String STAGE = "compact";

  private final Workspace workspace;
  private final Compactor compactor;
  private final QualityRules rules;
  private final Clock clock;

  public CompactionStage(
      Workspace workspace, Compactor compactor, QualityRules rules, Clock clock) {
    this.workspace = workspace;
    this.compactor = compactor;
    this.rules = rules;
    this.clock = clock;
  }

  public CompactionStage(Workspace workspace) {
    this(workspace, new Compactor(), QualityRules.defaults(), Clock.systemUTC());
  }

  /** What a run did, its report as recorded, and the exit code it calls for. */
  public record Outcome(
      CompactionResult result, QualityReport quality, StageReport report, int exitCode) {}

  /**
   * Runs the stage.
   *
   * @param bytesRead told the size of each raw file once it is read, for a progress bar
   * @throws AtlasException with exit 65 for a corrupt raw file, 1 when counts do not reconcile (the
   *     previous file is then kept), or whatever made the quality check fail (a broken {@code
   *     data/state/quality.json}: 65); the failed run is recorded first
   */
  public Outcome run(LongConsumer bytesRead) {
    StageRun run = StageRun.start(STAGE);
    RawStore store = new RawStore(workspace.raw());
    CompactionResult result;
    try {
      result = compactor.compact(store, workspace.commits(), bytesRead);
    } catch (RuntimeException e) {
      new RunLog(workspace).append(run.warn(String.valueOf(e.getMessage())).finish(false));
      throw e;
    }
    RepoFacts.write(workspace.repoFacts(), result.repoFacts());
    run.in("projects", result.projects())
        .in("raw files", result.rawFiles())
        .in("raw records", result.rawRecords())
        .in("commit entries", result.commitEntries());
    run.out("rows", result.rows())
        .out("duplicates dropped", result.duplicates())
        .out("unreachable dropped", result.unreachable())
        .out("details without a listed commit", result.orphanDetails())
        .out("torn files", result.tornFiles());
    result.warnings().forEach(run::warn);
    result
        .unparsed()
        .forEach(
            (kind, n) ->
                run.warn(
                    n
                        + " raw records of kind "
                        + kind
                        + " have no parser and were skipped (a newer harvester? update ossatlas)"));

    QualityReport quality;
    try {
      quality =
          new CommitQualityCheck(rules, workspace.state())
              .check(workspace.commits(), expectedProjects(store), clock.instant());
    } catch (RuntimeException e) {
      new RunLog(workspace)
          .append(run.warn("quality check failed: " + e.getMessage()).finish(false));
      throw e;
    }
    long readBack = quality.commitsPerProject().values().stream().mapToLong(Long::longValue).sum();
    Reconciliation written =
        new Reconciliation()
            .expectEqual(
                new Count("compact", "rows written", result.rows()),
                new Count("quality", "rows read back", readBack));
    if (!written.mismatches().isEmpty()) {
      new RunLog(workspace).append(run.warn(written.mismatches().get(0)).finish(false));
      written.throwIfMismatched();
    }
    quality.findings().forEach(f -> run.warn(f.format()));
    StageReport report = run.finish(!quality.hasErrors());
    new RunLog(workspace).append(report);
    return new Outcome(
        result, quality, report, quality.hasErrors() ? ExitCode.DATA_ERR : ExitCode.OK);
  }

  /** The projects of the sheets if there are sheets, else those of the raw store. */
  List<String> expectedProjects(RawStore store) {
    return SheetProjects.read(workspace.sheets()).orElseGet(store::projects);
  }
}
