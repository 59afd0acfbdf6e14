package org.ossatlas.graph;

import java.util.concurrent.TimeUnit;
import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Logging;
import org.neo4j.driver.Session;
import org.neo4j.driver.TransactionCallback;
import org.neo4j.driver.exceptions.AuthenticationException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.ossatlas.common.AtlasException;
import org.ossatlas.common.ExitCode;

/**
 * The one way into the graph: the official driver, pointed at an embedded server started here or at
 * an existing server by URI. Open it once per process (the embedded start costs seconds).
 */
public final class GraphConnection implements AutoCloseable {
  private final Neo4jSettings settings;
  private final EmbeddedNeo4j embedded;
  private final Driver driver;

  private GraphConnection(Neo4jSettings settings, EmbeddedNeo4j embedded, Driver driver) {
    this.settings = settings;
    this.embedded = embedded;
    this.driver = driver;
  }

  public static GraphConnection open(Neo4jSettings settings) {
    EmbeddedNeo4j embedded = null;
    String uri = settings.uri();
    AuthToken auth = AuthTokens.none();
    if (settings.isEmbedded()) {
      embedded = EmbeddedNeo4j.start(settings.storeDir(), settings.boltPort());
      uri = embedded.boltUri();
    } else if (settings.password() != null) {
      auth = AuthTokens.basic(settings.user(), settings.password());
    }
    Config config =
        Config.builder()
            .withLogging(Logging.none())
            .withConnectionTimeout(15, TimeUnit.SECONDS)
            .build();
    Driver driver = GraphDatabase.driver(uri, auth, config);
    try {
      driver.verifyConnectivity();
    } catch (RuntimeException e) {
      driver.close();
      if (embedded != null) {
        embedded.close();
      }
      throw connectFailure(settings, e);
    }
    return new GraphConnection(settings, embedded, driver);
  }

  public Driver driver() {
    return driver;
  }

  public Neo4jSettings settings() {
    return settings;
  }

  /** The Bolt address of the embedded server, for {@code ossatlas graph}; empty otherwise. */
  public String boltUri() {
    return embedded == null ? settings.uri() : embedded.boltUri();
  }

  /** Runs {@code work} in one write transaction, retried by the driver on transient errors. */
  public <T> T write(TransactionCallback<T> work) {
    try (Session session = driver.session()) {
      return session.executeWrite(work);
    }
  }

  public <T> T read(TransactionCallback<T> work) {
    try (Session session = driver.session()) {
      return session.executeRead(work);
    }
  }

  @Override
  public void close() {
    try {
      driver.close();
    } finally {
      if (embedded != null) {
        embedded.close();
      }
    }
  }

  private static AtlasException connectFailure(Neo4jSettings settings, RuntimeException e) {
    String hint;
    if (e instanceof AuthenticationException) {
      hint = "check NEO4J_USER and NEO4J_PASSWORD.";
    } else if (e instanceof ServiceUnavailableException) {
      hint = "is the server running and the URI right (bolt://HOST:7687 or neo4j://HOST:7687)?";
    } else {
      hint = "see --debug for details.";
    }
    return new AtlasException(
        ExitCode.SOFTWARE,
        "could not connect to the " + settings.describe() + ": " + e.getMessage() + "; " + hint,
        e);
  }
}
