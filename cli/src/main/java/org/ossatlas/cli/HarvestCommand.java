package org.ossatlas.cli;

import org.ossatlas.common.AtlasException;
import org.ossatlas.common.ExitCode;
import picocli.CommandLine.Command;

/** Fetch new commits for every project in the sheets, within a request budget. */
@Command(
    name = "harvest",
    description = "Fetch new commits for every project in the sheets, within a request budget.")
final class HarvestCommand extends AtlasSubcommand {
  @Override
  public Integer call() {
    throw new AtlasException(ExitCode.SOFTWARE, "`harvest` is not available in this build yet");
  }
}
