package org.ossatlas.graph;

import java.nio.file.Path;
import java.time.Duration;
import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.kernel.internal.GraphDatabaseAPI;
import org.neo4j.logging.NullLogProvider;
import org.ossatlas.common.AtlasException;
import org.ossatlas.common.ExitCode;

/**
 * A Neo4j Community server inside this process, reachable only over Bolt on the loopback interface,
 * with authentication off. Everything else talks to it through the official driver, as it would to
 * a remote server.
 */
final class EmbeddedNeo4j implements AutoCloseable {
  private final DatabaseManagementService service;
  private final int boltPort;

  private EmbeddedNeo4j(DatabaseManagementService service, int boltPort) {
    this.service = service;
    this.boltPort = boltPort;
  }

  /** Starts the server on {@code storeDir}; port 0 picks a free port. */
  static EmbeddedNeo4j start(Path storeDir, int port) {
    DatabaseManagementService service;
    try {
      service =
          new DatabaseManagementServiceBuilder(storeDir.toAbsolutePath())
              .setConfig(BoltConnector.enabled, true)
              .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
              .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
              .setConfig(HttpConnector.enabled, false)
              .setConfig(HttpsConnector.enabled, false)
              .setConfig(GraphDatabaseSettings.auth_enabled, false)
              .setConfig(GraphDatabaseSettings.debug_log_enabled, false)
              .setConfig(
                  GraphDatabaseSettings.logs_directory, storeDir.toAbsolutePath().resolve("logs"))
              // Without this, close() waits ~10 s for Netty's quiet period.
              .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0)
              .setConfig(
                  GraphDatabaseInternalSettings.netty_server_shutdown_timeout,
                  Duration.ofSeconds(5))
              .setUserLogProvider(NullLogProvider.getInstance())
              .build();
    } catch (RuntimeException e) {
      throw new AtlasException(ExitCode.SOFTWARE, describeStartFailure(storeDir, e), e);
    }
    GraphDatabaseAPI db =
        (GraphDatabaseAPI) service.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
    int bound =
        db.getDependencyResolver()
            .resolveDependency(ConnectorPortRegister.class)
            .getLocalAddress(ConnectorType.BOLT)
            .getPort();
    return new EmbeddedNeo4j(service, bound);
  }

  String boltUri() {
    return "bolt://127.0.0.1:" + boltPort;
  }

  int boltPort() {
    return boltPort;
  }

  @Override
  public void close() {
    service.shutdown();
  }

  private static String describeStartFailure(Path storeDir, Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      String name = t.getClass().getSimpleName();
      String message = String.valueOf(t.getMessage());
      if (name.contains("FileLock") || message.contains("lock")) {
        return "the graph store "
            + storeDir
            + " is in use by another process (is `ossatlas graph` running?). Stop it, or point"
            + " NEO4J_URI at its Bolt address to share it.";
      }
      if (t instanceof java.net.BindException) {
        return "could not open the Bolt port: " + message + ". Choose another with --bolt-port.";
      }
    }
    return "could not start the embedded Neo4j in " + storeDir + ": " + e.getMessage();
  }
}
