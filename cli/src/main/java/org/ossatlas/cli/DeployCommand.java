package org.ossatlas.cli;

import org.ossatlas.common.AtlasException;
import org.ossatlas.common.ExitCode;
import picocli.CommandLine.Command;

/** Publish the site to a deployment git repository. */
@Command(name = "deploy", description = "Publish the site to a deployment git repository.")
final class DeployCommand extends AtlasSubcommand {
  @Override
  public Integer call() {
    throw new AtlasException(ExitCode.SOFTWARE, "`deploy` is not available in this build yet");
  }
}
