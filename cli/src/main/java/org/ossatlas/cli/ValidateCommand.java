package org.ossatlas.cli;

import org.ossatlas.common.AtlasException;
import org.ossatlas.common.ExitCode;
import picocli.CommandLine.Command;

/** Check the curated sheets; print every problem as FILE:LINE: COLUMN: message. */
@Command(
    name = "validate",
    description = "Check the curated sheets; print every problem as FILE:LINE: COLUMN: message.")
final class ValidateCommand extends AtlasSubcommand {
  @Override
  public Integer call() {
    throw new AtlasException(ExitCode.SOFTWARE, "`validate` is not available in this build yet");
  }
}
