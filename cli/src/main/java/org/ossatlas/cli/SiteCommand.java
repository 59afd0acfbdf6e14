package org.ossatlas.cli;

import org.ossatlas.common.AtlasException;
import org.ossatlas.common.ExitCode;
import picocli.CommandLine.Command;

/** Validate, load, analyze and render in one process. */
@Command(name = "site", description = "Validate, load, analyze and render in one process.")
final class SiteCommand extends AtlasSubcommand {
  @Override
  public Integer call() {
    throw new AtlasException(ExitCode.SOFTWARE, "`site` is not available in this build yet");
  }
}
