package org.ossatlas.cli;

import java.io.PrintWriter;
import java.util.Locale;
import org.ossatlas.common.AtlasException;
import org.ossatlas.common.AtomicFiles;
import org.ossatlas.common.ExitCode;
import org.ossatlas.common.RunLog;
import org.ossatlas.common.StageRun;
import org.ossatlas.common.Workspace;
import org.ossatlas.graph.GraphConnection;
import org.ossatlas.graph.load.GraphLoader;
import org.ossatlas.graph.load.LoadSummary;
import org.ossatlas.graph.sheets.Problem;
import org.ossatlas.graph.sheets.SheetsValidator;
import org.ossatlas.graph.sheets.ValidationResult;

/**
 * The "load" stage as commands run it: validate the sheets and print their problems, then load them
 * into an open graph, print the summary, append the run report and touch {@code
 * data/stamps/graph.loaded} for make. Shared by {@code load} and {@code site}.
 */
final class LoadStage {
  static final String STAGE = "load";
  static final String STAMP = "graph.loaded";

  private final Workspace workspace;
  private final PrintWriter out;
  private final PrintWriter err;

  LoadStage(Workspace workspace, PrintWriter out, PrintWriter err) {
    this.workspace = workspace;
    this.out = out;
    this.err = err;
  }

  /**
   * Validates and loads on an already open connection ({@code site}); returns the exit code, 65
   * when the sheets have errors (then the graph is untouched).
   */
  int validateAndLoad(GraphConnection graph) {
    ValidationResult validation = validate();
    if (validation.hasErrors()) {
      return ExitCode.DATA_ERR;
    }
    load(graph, validation);
    return ExitCode.OK;
  }

  /**
   * Validates the sheets and prints every problem and the count line on standard error; a result
   * with errors is recorded as a failed run.
   */
  ValidationResult validate() {
    StageRun run = StageRun.start(STAGE);
    ValidationResult validation = SheetsValidator.validate(workspace.sheets());
    validation.problems().forEach(p -> err.println(p.format()));
    if (!validation.problems().isEmpty()) {
      err.println(validation.summary());
    }
    if (validation.hasErrors()) {
      err.println("ossatlas: the sheets have errors; the graph was not changed");
      validation.problems().stream()
          .filter(Problem::isError)
          .forEach(p -> run.skip(p.file() + ":" + p.line(), p.message()));
      new RunLog(workspace).append(run.finish(false));
    }
    err.flush();
    return validation;
  }

  /** Loads sheets without errors into {@code graph} and reports what changed. */
  LoadSummary load(GraphConnection graph, ValidationResult validation) {
    StageRun run = StageRun.start(STAGE);
    validation.sheets().rowCounts().forEach(run::in);
    validation.problems().forEach(p -> run.warn(p.format()));
    LoadSummary summary;
    try {
      summary = GraphLoader.load(graph, validation.sheets());
    } catch (AtlasException e) {
      new RunLog(workspace).append(run.warn(e.getMessage()).finish(false));
      throw e;
    }
    run.out("nodes", summary.nodeCount()).out("relationships", summary.relationshipCount());
    run.out("changes", summary.changes());
    new RunLog(workspace).append(run.finish(true));
    AtomicFiles.writeString(workspace.stamps().resolve(STAMP), "");
    print(graph, summary);
    return summary;
  }

  private void print(GraphConnection graph, LoadSummary summary) {
    out.println(
        String.format(
            Locale.ROOT,
            "Loaded %s into the %s: %d nodes, %d relationships, %s.",
            workspace.sheets(),
            graph.settings().describe(),
            summary.nodeCount(),
            summary.relationshipCount(),
            summary.changes() == 0 ? "nothing changed" : summary.changes() + " changes"));
    summary.table().forEach(out::println);
    out.flush();
  }
}
