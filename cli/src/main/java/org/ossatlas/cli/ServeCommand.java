package org.ossatlas.cli;

import org.ossatlas.common.AtlasException;
import org.ossatlas.common.ExitCode;
import picocli.CommandLine.Command;

/** Preview the rendered site on localhost. */
@Command(name = "serve", description = "Preview the rendered site on localhost.")
final class ServeCommand extends AtlasSubcommand {
  @Override
  public Integer call() {
    throw new AtlasException(ExitCode.SOFTWARE, "`serve` is not available in this build yet");
  }
}
