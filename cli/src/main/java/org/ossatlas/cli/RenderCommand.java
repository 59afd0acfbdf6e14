package org.ossatlas.cli;

import org.ossatlas.common.AtlasException;
import org.ossatlas.common.ExitCode;
import picocli.CommandLine.Command;

/** Render the site from the graph into the output folder. */
@Command(name = "render", description = "Render the site from the graph into the output folder.")
final class RenderCommand extends AtlasSubcommand {
  @Override
  public Integer call() {
    throw new AtlasException(ExitCode.SOFTWARE, "`render` is not available in this build yet");
  }
}
