package org.ossatlas.harvester.graphql;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ThreadLocalRandom;
import org.ossatlas.common.AtlasException;
import org.ossatlas.common.ExitCode;
import org.ossatlas.harvester.RequestBudget;
import org.ossatlas.harvester.Sleeper;

/**
 * POSTs GraphQL queries with {@code java.net.http}, under the run's {@link RequestBudget} and each
 * identity's points:
 *
 * <ul>
 *   <li>every answer updates the identity's points from {@code rateLimit} in the body, else from
 *       the {@code X-RateLimit-*} headers; before a request, an identity at its reserve is set
 *       aside for the next one, and when all are spent the run stops (exit 75) or, with {@code
 *       --wait-for-reset}, sleeps until the earliest reset;
 *   <li>{@code RATE_LIMITED} in a 200's {@code errors}, or a 403/429 with no points left: the same;
 *   <li>a secondary limit (403/429 with {@code Retry-After} or GitHub's message) waits and retries;
 *   <li>a 401 is thrown with a message naming the identity (never its value);
 *   <li>anything else (5xx, timeouts, dropped connections, other errors) is returned or thrown as
 *       {@link NoAnswer} for the caller, who knows whether a smaller page helps.
 * </ul>
 *
 * Every answer received goes to {@link #drain()} so that the caller stores it.
 */
final class GraphQlClient {
  static final ObjectMapper JSON = new ObjectMapper();

  /** No HTTP answer: a timeout or a dropped connection. */
  static final class NoAnswer extends IOException {
    private static final long serialVersionUID = 1L;

    NoAnswer(String message, Throwable cause) {
      super(message, cause);
    }
  }

  private final GraphQlSettings settings;
  private final TokenPool tokens;
  private final RequestBudget budget;
  private final Sleeper sleeper;
  private final Clock clock;
  private final HttpClient http;
  private final List<Reply> received = new ArrayList<>();
  private long sent;

  GraphQlClient(
      GraphQlSettings settings,
      TokenPool tokens,
      RequestBudget budget,
      Sleeper sleeper,
      Clock clock,
      HttpClient http) {
    this.settings = settings;
    this.tokens = tokens;
    this.budget = budget;
    this.sleeper = sleeper;
    this.clock = clock;
    this.http = http;
  }

  static HttpClient defaultHttp() {
    return HttpClient.newBuilder()
        .followRedirects(HttpClient.Redirect.NEVER)
        .connectTimeout(Duration.ofSeconds(20))
        .build();
  }

  /** Requests sent so far, retries included. */
  long sent() {
    return sent;
  }

  /** Answers received since the last call, oldest first; the caller stores them. */
  List<Reply> drain() {
    List<Reply> copy = List.copyOf(received);
    received.clear();
    return copy;
  }

  /**
   * Sends one query until it gets an answer that is not about limits.
   *
   * @return the answer: a 200 (possibly with {@code errors}) or a status the caller interprets
   * @throws NoAnswer on a timeout or dropped connection (once; the caller retries)
   * @throws Stop when the budget or every identity's points are spent
   */
  Reply post(String query, ObjectNode variables) throws Stop, IOException {
    ObjectNode payload = JSON.createObjectNode();
    payload.put("query", query);
    payload.set("variables", variables);
    byte[] body = JSON.writeValueAsBytes(payload);
    int secondaryWaits = 0;
    while (true) {
      Credential credential = beforeRequest();
      Reply reply = send(credential, body);
      budget.record(false);
      int status = reply.status();
      readPoints(credential, reply);
      if (status == 401) {
        throw new AtlasException(
            ExitCode.SOFTWARE,
            "GitHub rejected "
                + credential.label()
                + " (401 at "
                + settings.endpoint()
                + "): the token is wrong, expired or revoked. Replace it, or remove it from"
                + " GITHUB_TOKENS; without any token, harvest with --source git");
      }
      if ((status == 403 || status == 429) && isSecondaryLimit(reply)) {
        Duration wait = retryAfter(reply).orElse(Duration.ofSeconds(60));
        secondaryWaits++;
        if (wait.compareTo(settings.maxSecondaryWait()) > 0 || secondaryWaits > 3) {
          String reason =
              "GitHub's secondary rate limit (retry after " + wait.toSeconds() + " s); run again";
          budget.stop(reason);
          throw new Stop(reason);
        }
        sleep(wait);
        continue;
      }
      boolean spent =
          ((status == 403 || status == 429) && "0".equals(reply.header("x-ratelimit-remaining")))
              || (status == 200 && reply.hasError("RATE_LIMITED"));
      if (spent) {
        Instant reset = headerReset(reply).orElse(clock.instant().plus(Duration.ofHours(1)));
        tokens.update(credential, 0, -1, reset);
        continue; // the next identity, a wait, or a stop: beforeRequest decides
      }
      return reply;
    }
  }

  /** Sleeps before a retry: capped exponential backoff with full jitter. */
  void backoff(int failures) throws Stop {
    long cap = settings.backoffCap().toMillis();
    long exp = settings.backoffBase().toMillis() << Math.min(20, Math.max(0, failures - 1));
    long ceiling = Math.min(cap, exp);
    sleep(Duration.ofMillis(ceiling / 2 + ThreadLocalRandom.current().nextLong(ceiling / 2 + 1)));
  }

  private Credential beforeRequest() throws Stop {
    if (budget.stopRequested()) {
      throw new Stop(budget.stopReason());
    }
    if (!budget.canSpend()) {
      budget.stop("request budget of " + budget.max() + " spent");
      throw new Stop(budget.stopReason());
    }
    while (true) {
      Optional<Credential> usable = tokens.usable(clock.instant());
      if (usable.isPresent()) {
        return usable.get();
      }
      Instant reset = tokens.earliestReset().orElse(clock.instant().plusSeconds(60));
      if (!settings.waitForReset()) {
        String reason =
            "GraphQL points spent on all "
                + tokens.size()
                + (tokens.size() == 1 ? " identity" : " identities")
                + " (kept in reserve) until "
                + reset
                + "; run again then, or pass --wait-for-reset";
        budget.stop(reason);
        throw new Stop(reason);
      }
      Duration wait = Duration.between(clock.instant(), reset).plusSeconds(1);
      sleep(wait.isNegative() ? Duration.ofSeconds(1) : wait);
    }
  }

  private Reply send(Credential credential, byte[] body) throws IOException, Stop {
    HttpRequest request =
        HttpRequest.newBuilder(settings.endpoint())
            .timeout(settings.requestTimeout())
            .header("Authorization", credential.authorization())
            .header("Content-Type", "application/json")
            .header("Accept", "application/json")
            .header("User-Agent", "ossatlas-harvester")
            .POST(HttpRequest.BodyPublishers.ofByteArray(body))
            .build();
    sent++;
    HttpResponse<byte[]> response;
    try {
      response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      budget.stop("interrupted");
      throw new Stop("interrupted");
    } catch (IOException e) {
      budget.record(false); // GitHub may have counted it: stay on the safe side of the budget
      throw new NoAnswer(
          "no answer from "
              + settings.endpoint()
              + " ("
              + e.getClass().getSimpleName()
              + (e.getMessage() == null ? "" : ": " + e.getMessage())
              + ")",
          e);
    }
    Map<String, String> headers = new TreeMap<>();
    response
        .headers()
        .map()
        .forEach(
            (name, values) -> {
              String lower = name.toLowerCase(Locale.ROOT);
              if (kept(lower) && !values.isEmpty()) {
                headers.put(lower, String.join(", ", values));
              }
            });
    String text = new String(response.body(), StandardCharsets.UTF_8);
    JsonNode json;
    try {
      json = text.isBlank() ? null : JSON.readTree(text);
      if (json != null && !json.isObject()) {
        json = null;
      }
    } catch (IOException e) {
      json = null; // an HTML error page: kept verbatim, interpreted by its status
    }
    Reply reply =
        new Reply(
            settings.endpoint().toString(),
            response.statusCode(),
            headers,
            text,
            clock.instant(),
            json);
    received.add(reply);
    return reply;
  }

  /** Response headers worth keeping; every request header (so every token) is dropped. */
  static boolean kept(String lowerCaseName) {
    return lowerCaseName.startsWith("x-ratelimit-")
        || lowerCaseName.equals("retry-after")
        || lowerCaseName.equals("x-github-request-id");
  }

  private void readPoints(Credential credential, Reply reply) {
    JsonNode rate = reply.data() == null ? null : reply.data().get("rateLimit");
    if (rate != null && rate.isObject() && rate.has("remaining")) {
      Instant reset = null;
      try {
        String text = rate.path("resetAt").asText(null);
        reset = text == null ? null : Instant.parse(text);
      } catch (DateTimeParseException e) {
        reset = headerReset(reply).orElse(null);
      }
      tokens.update(
          credential, rate.path("remaining").asLong(-1), rate.path("limit").asLong(-1), reset);
      return;
    }
    String remaining = reply.header("x-ratelimit-remaining");
    if (remaining == null) {
      return;
    }
    try {
      String limit = reply.header("x-ratelimit-limit");
      tokens.update(
          credential,
          Long.parseLong(remaining.trim()),
          limit == null ? -1 : Long.parseLong(limit.trim()),
          headerReset(reply).orElse(null));
    } catch (NumberFormatException e) {
      // A proxy that mangles the headers: carry on without points information.
    }
  }

  private static Optional<Instant> headerReset(Reply reply) {
    String reset = reply.header("x-ratelimit-reset");
    try {
      return reset == null
          ? Optional.empty()
          : Optional.of(Instant.ofEpochSecond(Long.parseLong(reset.trim())));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  private static boolean isSecondaryLimit(Reply reply) {
    if (reply.header("retry-after") != null) {
      return true;
    }
    String body = reply.body().toLowerCase(Locale.ROOT);
    return body.contains("secondary rate limit") || body.contains("abuse detection");
  }

  private static Optional<Duration> retryAfter(Reply reply) {
    String value = reply.header("retry-after");
    try {
      return value == null
          ? Optional.empty()
          : Optional.of(Duration.ofSeconds(Math.max(0, Long.parseLong(value.trim()))));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  private void sleep(Duration duration) throws Stop {
    try {
      sleeper.sleep(duration);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      budget.stop("interrupted");
      throw new Stop("interrupted");
    }
  }
}
