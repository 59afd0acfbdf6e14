package org.ossatlas.cli;

import org.ossatlas.common.AtlasException;
import org.ossatlas.common.ExitCode;
import picocli.CommandLine.Command;

/** Validate the sheets, then load them into the graph; nothing is written if validation fails. */
@Command(
    name = "load",
    description =
        "Validate the sheets, then load them into the graph; nothing is written if validation fails.")
final class LoadCommand extends AtlasSubcommand {
  @Override
  public Integer call() {
    throw new AtlasException(ExitCode.SOFTWARE, "`load` is not available in this build yet");
  }
}
