package org.ossatlas.harvester.github;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.kohsuke.github.GHIOException;
import org.kohsuke.github.connector.GitHubConnector;
import org.kohsuke.github.extras.HttpClientGitHubConnector;
import org.ossatlas.common.AtlasException;
import org.ossatlas.common.ExitCode;
import org.ossatlas.harvester.RequestBudget;
import org.ossatlas.harvester.Sleeper;

/**
 * Sends GETs through hub4j's connector layer (the JDK {@link HttpClient} connector, redirects not
 * followed so that a 301 rename is seen), under the run's {@link RequestBudget} and GitHub's rate
 * limits:
 *
 * <ul>
 *   <li>every response updates the rate limit from {@code X-RateLimit-Remaining/Reset}; before a
 *       request, a remaining count at or below the reserve stops the run (or, with {@code
 *       --wait-for-reset}, sleeps until the reset);
 *   <li>a secondary limit (403/429 with {@code Retry-After} or GitHub's "secondary rate limit"
 *       message) waits and retries;
 *   <li>5xx and dropped connections retry with capped exponential backoff and equal jitter;
 *   <li>a 401 (bad token) is thrown: it would fail every project the same way;
 *   <li>a URL not on the scheme, host and port of {@code --api-url} (a redirect's {@code Location},
 *       a {@code Link}) is refused with an {@link IOException}: the token goes to the API host
 *       only.
 * </ul>
 *
 * Every response received, including the ones retried, comes back in {@link Result#received()} so
 * that the caller stores it; when a request ends in an exception, in {@link #takeUnclaimed()}.
 */
final class GitHubApi {
  /** The final response of a request and everything received on the way (retried ones first). */
  record Result(Exchange last, List<Exchange> received) {
    int status() {
      return last.status();
    }
  }

  private final GitHubSettings settings;
  private final RequestBudget budget;
  private final Sleeper sleeper;
  private final Clock clock;
  private final RecordingConnector connector;
  private final List<Exchange> unclaimed = new ArrayList<>();
  private long sent;

  GitHubApi(
      GitHubSettings settings,
      RequestBudget budget,
      Sleeper sleeper,
      Clock clock,
      GitHubConnector transport) {
    this.settings = settings;
    this.budget = budget;
    this.sleeper = sleeper;
    this.clock = clock;
    this.connector = new RecordingConnector(transport, clock);
  }

  static GitHubConnector defaultTransport() {
    return new HttpClientGitHubConnector(
        HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(20))
            .build());
  }

  /** HTTP requests sent so far, 304s and retries included. */
  long sent() {
    return sent;
  }

  /** Keeps a few requests for whoever else uses the token: 1 % of the limit, 1 to 50. */
  static long reserve(long limit) {
    return Math.max(1, Math.min(50, limit / 100));
  }

  Result get(String url, String etag) throws StopHarvest, IOException {
    if (!sameOrigin(url, settings.apiUrl())) {
      // A Location or Link URL pointing elsewhere: following it would hand GITHUB_TOKEN to that
      // host. The response that pointed there is stored; the project fails with this reason.
      throw new IOException(
          "refused to follow "
              + url
              + ": not on the API host "
              + origin(settings.apiUrl())
              + " (the token is only sent there)");
    }
    List<Exchange> received = new ArrayList<>();
    try {
      return send(url, etag, received);
    } catch (StopHarvest | IOException | RuntimeException e) {
      unclaimed.addAll(received); // the caller stores them before passing the exception on
      throw e;
    }
  }

  /**
   * Responses received by a {@link #get} that ended in an exception (a secondary limit that stops
   * the run, a 401, a connection that dropped after a 502): they are kept too. Taking them clears
   * the list.
   */
  List<Exchange> takeUnclaimed() {
    List<Exchange> copy = List.copyOf(unclaimed);
    unclaimed.clear();
    return copy;
  }

  private Result send(String url, String etag, List<Exchange> received)
      throws StopHarvest, IOException {
    int failures = 0;
    int secondaryWaits = 0;
    while (true) {
      beforeRequest();
      Exchange exchange;
      try {
        sent++;
        connector.send(request(url, etag)).close();
        exchange = connector.drain().get(0);
      } catch (IOException e) {
        connector.drain();
        failures++;
        if (e instanceof InterruptedIOException || failures >= settings.maxAttempts()) {
          throw new IOException("no response after " + failures + " attempts: " + describe(e), e);
        }
        backoff(failures);
        continue;
      }
      received.add(exchange);
      int status = exchange.status();
      budget.record(status == 304);
      readRateLimit(exchange);
      if (status == 401) {
        throw new AtlasException(
            ExitCode.SOFTWARE,
            "GitHub rejected the credentials (401 at "
                + url
                + "): check GITHUB_TOKEN, or unset it to harvest without a token");
      }
      if ((status == 403 || status == 429) && isSecondaryLimit(exchange)) {
        Duration wait = retryAfter(exchange).orElse(Duration.ofSeconds(60));
        secondaryWaits++;
        if (wait.compareTo(settings.maxSecondaryWait()) > 0 || secondaryWaits > 3) {
          throw new StopHarvest(
              "secondary rate limit at " + url + " (retry after " + wait.toSeconds() + " s)");
        }
        sleep(wait);
        continue;
      }
      if ((status == 403 || status == 429)
          && "0".equals(exchange.header("x-ratelimit-remaining"))) {
        if (!settings.waitForReset()) {
          throw new StopHarvest("rate limit exhausted; resets at " + resetText());
        }
        sleepUntilReset();
        continue;
      }
      if (status >= 500) {
        failures++;
        if (failures >= settings.maxAttempts()) {
          return new Result(exchange, received);
        }
        backoff(failures);
        continue;
      }
      return new Result(exchange, received);
    }
  }

  private void beforeRequest() throws StopHarvest {
    if (budget.stopRequested()) {
      throw new StopHarvest(budget.stopReason());
    }
    if (!budget.canSpend()) {
      budget.stop("request budget of " + budget.max() + " spent");
      throw new StopHarvest(budget.stopReason());
    }
    var remaining = budget.rateRemaining();
    var limit = budget.rateLimitTotal();
    Instant reset = budget.rateReset();
    if (remaining.isPresent()
        && remaining.getAsLong() <= reserve(limit.orElse(60))
        && reset != null
        && reset.isAfter(clock.instant())) {
      if (settings.waitForReset()) {
        sleepUntilReset();
      } else {
        String reason =
            "rate limit: "
                + remaining.getAsLong()
                + " requests left (kept in reserve) until "
                + resetText();
        budget.stop(reason);
        throw new StopHarvest(reason);
      }
    }
  }

  private void sleepUntilReset() throws StopHarvest {
    Instant reset = budget.rateReset();
    Duration wait =
        reset == null
            ? Duration.ofSeconds(60)
            : Duration.between(clock.instant(), reset).plusSeconds(1);
    sleep(wait.isNegative() ? Duration.ofSeconds(1) : wait);
    budget.rateLimit(-1, budget.rateLimitTotal().orElse(-1), null); // unknown until the next answer
  }

  private String resetText() {
    Instant reset = budget.rateReset();
    return reset == null ? "an unknown time" : DateTimeFormatter.ISO_INSTANT.format(reset);
  }

  private void backoff(int failures) throws StopHarvest {
    long cap = settings.backoffCap().toMillis();
    long exp = settings.backoffBase().toMillis() << Math.min(20, failures - 1);
    long ceiling = Math.min(cap, exp);
    // "Equal jitter": anywhere between half and all of the ceiling, so retries of many clients
    // spread while none retries at once.
    long wait = ceiling / 2 + ThreadLocalRandom.current().nextLong(ceiling / 2 + 1);
    sleep(Duration.ofMillis(wait));
  }

  private void sleep(Duration duration) throws StopHarvest {
    try {
      sleeper.sleep(duration);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      budget.stop("interrupted");
      throw new StopHarvest("interrupted");
    }
  }

  private void readRateLimit(Exchange exchange) {
    String remaining = exchange.header("x-ratelimit-remaining");
    if (remaining == null) {
      return;
    }
    try {
      long left = Long.parseLong(remaining.trim());
      String limitText = exchange.header("x-ratelimit-limit");
      long limit = limitText == null ? -1 : Long.parseLong(limitText.trim());
      String resetText = exchange.header("x-ratelimit-reset");
      Instant reset =
          resetText == null ? null : Instant.ofEpochSecond(Long.parseLong(resetText.trim()));
      budget.rateLimit(left, limit, reset);
    } catch (NumberFormatException e) {
      // A proxy that mangles the headers: carry on without rate-limit information.
    }
  }

  private static boolean isSecondaryLimit(Exchange exchange) {
    if (exchange.header("retry-after") != null) {
      return true;
    }
    String body = exchange.body().toLowerCase(Locale.ROOT);
    return body.contains("secondary rate limit") || body.contains("abuse detection");
  }

  private static java.util.Optional<Duration> retryAfter(Exchange exchange) {
    String value = exchange.header("retry-after");
    if (value == null) {
      return java.util.Optional.empty();
    }
    try {
      return java.util.Optional.of(Duration.ofSeconds(Math.max(0, Long.parseLong(value.trim()))));
    } catch (NumberFormatException e) {
      return java.util.Optional.empty();
    }
  }

  /** Whether {@code url} has the scheme, host and port of {@code api} (default ports filled in). */
  static boolean sameOrigin(String url, URI api) {
    try {
      URI u = URI.create(url);
      return u.getScheme() != null && u.getHost() != null && origin(u).equals(origin(api));
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  private static String origin(URI uri) {
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    int port = uri.getPort();
    if (port < 0) {
      port = scheme.equals("https") ? 443 : scheme.equals("http") ? 80 : -1;
    }
    String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
    return scheme + "://" + host + ":" + port;
  }

  private ApiRequest request(String url, String etag) {
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("Accept", "application/vnd.github+json");
    headers.put("X-GitHub-Api-Version", "2022-11-28");
    headers.put("User-Agent", "ossatlas-harvester");
    settings.token().ifPresent(token -> headers.put("Authorization", "Bearer " + token));
    if (etag != null) {
      headers.put("If-None-Match", etag);
    }
    return new ApiRequest(url, headers);
  }

  private static String describe(IOException e) {
    String message = e.getMessage();
    if (e instanceof GHIOException && e.getCause() != null) {
      message = e.getCause().getMessage();
    }
    return e.getClass().getSimpleName() + (message == null ? "" : ": " + message);
  }
}
