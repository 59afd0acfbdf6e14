package org.ossatlas.cli;

import org.ossatlas.common.ExitCode;
import org.ossatlas.graph.GraphConnection;
import org.ossatlas.graph.sheets.ValidationResult;
import picocli.CommandLine.Command;

/** Validate the sheets, then load them into the graph; nothing is written if validation fails. */
@Command(
    name = "load",
    description = {
      "Validate the sheets, then load them into the graph; nothing is written if validation fails.",
      "The load is one transaction: rows removed from the sheets disappear from the graph,"
          + " loading twice changes nothing, computed metrics stay."
    })
final class LoadCommand extends AtlasSubcommand {
  @Override
  public Integer call() {
    LoadStage stage = new LoadStage(workspace(), out(), err());
    ValidationResult validation = stage.validate();
    if (validation.hasErrors()) {
      return ExitCode.DATA_ERR; // before opening the graph: an invalid load never touches it
    }
    try (GraphConnection graph = GraphConnection.open(neo4jSettings())) {
      stage.load(graph, validation);
    }
    return ExitCode.OK;
  }
}
