package org.ossatlas.harvester.github;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * How the GitHub source talks to the API.
 *
 * @param apiUrl the REST root: {@code https://api.github.com}, a GitHub Enterprise {@code
 *     https://HOST/api/v3}, or a local test server
 * @param token from {@code GITHUB_TOKEN}; empty for unauthenticated requests (60 an hour)
 * @param stats fetch every commit's detail ({@code GET /repos/O/R/commits/SHA}) for line counts
 * @param waitForReset sleep until the rate limit resets instead of stopping with work left
 * @param overlap how far before the newest stored commit date an incremental listing starts
 * @param maxAttempts attempts per request on a server error or a dropped connection
 * @param backoffBase first backoff; doubled per attempt, capped by {@code backoffCap}, with jitter
 * @param maxSecondaryWait the longest Retry-After a secondary limit may impose before the run stops
 */
public record GitHubSettings(
    URI apiUrl,
    Optional<String> token,
    boolean stats,
    boolean waitForReset,
    Duration overlap,
    int maxAttempts,
    Duration backoffBase,
    Duration backoffCap,
    Duration maxSecondaryWait) {

  public static final URI DEFAULT_API = URI.create("https://api.github.com");

  public GitHubSettings {
    Objects.requireNonNull(apiUrl, "apiUrl");
    Objects.requireNonNull(token, "token");
    if (maxAttempts < 1) {
      throw new IllegalArgumentException("maxAttempts must be at least 1");
    }
  }

  public static GitHubSettings defaults(URI apiUrl, Optional<String> token) {
    return new GitHubSettings(
        apiUrl,
        token.filter(t -> !t.isBlank()),
        true,
        false,
        Duration.ofDays(7),
        5,
        Duration.ofSeconds(1),
        Duration.ofSeconds(60),
        Duration.ofMinutes(15));
  }

  public GitHubSettings withStats(boolean on) {
    return new GitHubSettings(
        apiUrl,
        token,
        on,
        waitForReset,
        overlap,
        maxAttempts,
        backoffBase,
        backoffCap,
        maxSecondaryWait);
  }

  public GitHubSettings withWaitForReset(boolean on) {
    return new GitHubSettings(
        apiUrl, token, stats, on, overlap, maxAttempts, backoffBase, backoffCap, maxSecondaryWait);
  }

  /** The API root without a trailing slash. */
  String root() {
    String s = apiUrl.toString();
    return s.endsWith("/") ? s.substring(0, s.length() - 1) : s;
  }

  @Override
  public String toString() {
    return "GitHubSettings[apiUrl="
        + apiUrl
        + ", token="
        + (token.isPresent() ? "set" : "none")
        + ", stats="
        + stats
        + ", waitForReset="
        + waitForReset
        + "]";
  }
}
