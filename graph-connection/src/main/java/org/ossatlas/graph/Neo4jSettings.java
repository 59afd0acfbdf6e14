package org.ossatlas.graph;

import java.nio.file.Path;
import java.util.Map;

/**
 * Which graph to use: a server by URI ({@code bolt://}, {@code neo4j://}, with TLS variants), or
 * when the URI is empty, the embedded store in {@code storeDir}. Credentials come only from the
 * environment, never from a flag that would land in shell history.
 */
public record Neo4jSettings(String uri, String user, String password, Path storeDir, int boltPort) {

  /** The port {@code ossatlas graph} opens so that Neo4j Browser finds it where it expects. */
  public static final int DEFAULT_BOLT_PORT = 7687;

  public static Neo4jSettings embedded(Path storeDir, int boltPort) {
    return new Neo4jSettings(null, null, null, storeDir, boltPort);
  }

  /** A flag, else {@code NEO4J_URI}, else embedded; user and password from the environment. */
  public static Neo4jSettings resolve(String uriFlag, Path storeDir, Map<String, String> env) {
    String uri = blankToNull(uriFlag != null ? uriFlag : env.get("NEO4J_URI"));
    return new Neo4jSettings(
        uri, env.getOrDefault("NEO4J_USER", "neo4j"), env.get("NEO4J_PASSWORD"), storeDir, 0);
  }

  public boolean isEmbedded() {
    return uri == null;
  }

  public Neo4jSettings withBoltPort(int port) {
    return new Neo4jSettings(uri, user, password, storeDir, port);
  }

  /** Where the graph is, for messages; never includes the password. */
  public String describe() {
    return isEmbedded() ? "embedded Neo4j in " + storeDir : "Neo4j at " + uri;
  }

  @Override
  public String toString() {
    return describe();
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
