package org.ossatlas.cli;

import org.ossatlas.common.AtlasException;
import org.ossatlas.common.ExitCode;
import picocli.CommandLine.Command;

/** Harvest progress per repository, the last run of each stage, counts. */
@Command(
    name = "status",
    description = "Harvest progress per repository, the last run of each stage, counts.")
final class StatusCommand extends AtlasSubcommand {
  @Override
  public Integer call() {
    throw new AtlasException(ExitCode.SOFTWARE, "`status` is not available in this build yet");
  }
}
