package org.ossatlas.cli;

import org.ossatlas.common.AtlasException;
import org.ossatlas.common.ExitCode;
import picocli.CommandLine.Command;

/** Compute metrics and charts, and write the metrics back to the graph. */
@Command(
    name = "analyze",
    description = "Compute metrics and charts, and write the metrics back to the graph.")
final class AnalyzeCommand extends AtlasSubcommand {
  @Override
  public Integer call() {
    throw new AtlasException(ExitCode.SOFTWARE, "`analyze` is not available in this build yet");
  }
}
