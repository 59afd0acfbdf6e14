package org.ossatlas.cli;

import org.ossatlas.common.AtlasException;
import org.ossatlas.common.ExitCode;
import picocli.CommandLine.Command;

/** Compact the raw store into data/commits.csv.gz. */
@Command(name = "compact", description = "Compact the raw store into data/commits.csv.gz.")
final class CompactCommand extends AtlasSubcommand {
  @Override
  public Integer call() {
    throw new AtlasException(ExitCode.SOFTWARE, "`compact` is not available in this build yet");
  }
}
