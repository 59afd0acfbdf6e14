package org.ossatlas.cli;

import java.util.concurrent.CountDownLatch;
import org.ossatlas.common.AtlasException;
import org.ossatlas.common.ExitCode;
import org.ossatlas.graph.GraphConnection;
import org.ossatlas.graph.Neo4jSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Keeps the embedded graph open for Neo4j Browser or cypher-shell until interrupted. */
@Command(
    name = "graph",
    description =
        "Start the embedded Neo4j and keep it running for Neo4j Browser or cypher-shell (Ctrl-C"
            + " stops it).")
final class GraphCommand extends AtlasSubcommand {

  @Option(
      names = "--bolt-port",
      paramLabel = "PORT",
      defaultValue = "" + Neo4jSettings.DEFAULT_BOLT_PORT,
      description = "Bolt port on 127.0.0.1 (default: ${DEFAULT-VALUE}; 0 picks a free one).")
  int boltPort;

  @Override
  public Integer call() throws InterruptedException {
    Neo4jSettings settings = neo4jSettings();
    if (!settings.isEmbedded()) {
      throw new AtlasException(
          ExitCode.USAGE,
          "NEO4J_URI points at " + settings.uri() + "; that server is already running, use it.");
    }
    CountDownLatch stopped = new CountDownLatch(1);
    try (GraphConnection graph = GraphConnection.open(settings.withBoltPort(boltPort))) {
      out()
          .printf(
              "Neo4j is running on %s (no authentication; loopback only).%n"
                  + "Connect with: cypher-shell -a %s   or Neo4j Browser, connect URL %s%n"
                  + "Press Ctrl-C to stop.%n",
              graph.boltUri(), graph.boltUri(), graph.boltUri());
      out().flush();
      Runtime.getRuntime().addShutdownHook(new Thread(stopped::countDown));
      stopped.await();
    }
    return ExitCode.OK;
  }
}
