package org.ossatlas.harvester.graphql;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * How the GraphQL source talks to GitHub.
 *
 * @param endpoint the GraphQL URL ({@link GraphQlEndpoint#derive})
 * @param waitForReset sleep until the points reset instead of stopping with work left
 * @param overlap how far before the newest stored commit date an incremental walk starts
 * @param pageSize commits a history page asks for (GitHub's maximum is 100); halved on timeouts
 * @param batch repositories per caught-up check (aliases in one query; at most 50)
 * @param maxAttempts attempts per request on a server error, timeout or dropped connection
 * @param backoffBase first backoff; doubled per attempt, capped by {@code backoffCap}, with jitter
 * @param maxSecondaryWait the longest Retry-After a secondary limit may impose before the run stops
 * @param requestTimeout how long one answer may take (GitHub itself gives up after about 10 s)
 */
public record GraphQlSettings(
    URI endpoint,
    boolean waitForReset,
    Duration overlap,
    int pageSize,
    int batch,
    int maxAttempts,
    Duration backoffBase,
    Duration backoffCap,
    Duration maxSecondaryWait,
    Duration requestTimeout) {

  public GraphQlSettings {
    Objects.requireNonNull(endpoint, "endpoint");
    if (pageSize < 1 || pageSize > 100) {
      throw new IllegalArgumentException("pageSize must be 1 to 100: " + pageSize);
    }
    if (batch < 1 || batch > 50) {
      throw new IllegalArgumentException("batch must be 1 to 50: " + batch);
    }
    if (maxAttempts < 1) {
      throw new IllegalArgumentException("maxAttempts must be at least 1");
    }
  }

  public static GraphQlSettings defaults(URI endpoint) {
    return new GraphQlSettings(
        endpoint,
        false,
        Duration.ofDays(7),
        100,
        50,
        5,
        Duration.ofSeconds(1),
        Duration.ofSeconds(60),
        Duration.ofMinutes(15),
        Duration.ofSeconds(60));
  }

  public GraphQlSettings withWaitForReset(boolean on) {
    return new GraphQlSettings(
        endpoint,
        on,
        overlap,
        pageSize,
        batch,
        maxAttempts,
        backoffBase,
        backoffCap,
        maxSecondaryWait,
        requestTimeout);
  }

  public GraphQlSettings withPaging(int pageSize, int batch) {
    return new GraphQlSettings(
        endpoint,
        waitForReset,
        overlap,
        pageSize,
        batch,
        maxAttempts,
        backoffBase,
        backoffCap,
        maxSecondaryWait,
        requestTimeout);
  }

  public GraphQlSettings withTimeouts(Duration requestTimeout, Duration backoffBase) {
    return new GraphQlSettings(
        endpoint,
        waitForReset,
        overlap,
        pageSize,
        batch,
        maxAttempts,
        backoffBase,
        backoffCap,
        maxSecondaryWait,
        requestTimeout);
  }
}
