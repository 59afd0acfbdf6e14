package org.ossatlas.harvester.github;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.kohsuke.github.connector.GitHubConnector;
import org.kohsuke.github.connector.GitHubConnectorRequest;
import org.kohsuke.github.connector.GitHubConnectorResponse;

/**
 * A hub4j {@link GitHubConnector} that keeps every response it passes on: it reads the (already
 * gunzipped) body once, remembers it as an {@link Exchange} with the headers that matter, and
 * returns a buffered response, so that whoever called it can still read the body. Callers take what
 * was received with {@link #drain()} and store it in the raw store.
 */
final class RecordingConnector implements GitHubConnector {
  /** Response headers worth keeping; everything else (and every request header) is dropped. */
  static boolean kept(String lowerCaseName) {
    return lowerCaseName.equals("etag")
        || lowerCaseName.equals("link")
        || lowerCaseName.equals("last-modified")
        || lowerCaseName.startsWith("x-ratelimit-")
        || lowerCaseName.equals("retry-after")
        || lowerCaseName.equals("location");
  }

  private final GitHubConnector delegate;
  private final Clock clock;
  private final List<Exchange> received = new ArrayList<>();

  RecordingConnector(GitHubConnector delegate, Clock clock) {
    this.delegate = delegate;
    this.clock = clock;
  }

  @Override
  public GitHubConnectorResponse send(GitHubConnectorRequest request) throws IOException {
    try (GitHubConnectorResponse response = delegate.send(request)) {
      byte[] body = readBody(response);
      Map<String, String> headers = new TreeMap<>();
      response
          .allHeaders()
          .forEach(
              (name, values) -> {
                if (name != null && values != null && !values.isEmpty()) {
                  String lower = name.toLowerCase(Locale.ROOT);
                  if (kept(lower)) {
                    headers.put(lower, String.join(", ", values));
                  }
                }
              });
      Exchange exchange =
          new Exchange(
              request.url().toString(),
              response.statusCode(),
              headers,
              new String(body, StandardCharsets.UTF_8),
              clock.instant());
      synchronized (received) {
        received.add(exchange);
      }
      return new Buffered(request, response.statusCode(), response.allHeaders(), body);
    }
  }

  /** What was received since the last call, oldest first. */
  List<Exchange> drain() {
    synchronized (received) {
      List<Exchange> copy = List.copyOf(received);
      received.clear();
      return copy;
    }
  }

  private static byte[] readBody(GitHubConnectorResponse response) throws IOException {
    if (response.statusCode() == 304) {
      return new byte[0];
    }
    try (InputStream in = response.bodyStream()) {
      return in == null ? new byte[0] : in.readAllBytes();
    } catch (IOException e) {
      if (response.statusCode() >= 400) {
        return new byte[0]; // a bodiless error: the status says it all
      }
      throw e;
    }
  }

  private static final class Buffered extends GitHubConnectorResponse.ByteArrayResponse {
    private final byte[] body;

    Buffered(
        GitHubConnectorRequest request,
        int status,
        Map<String, List<String>> headers,
        byte[] body) {
      super(request, status, headers);
      this.body = body;
    }

    @Override
    protected InputStream rawBodyStream() {
      return new ByteArrayInputStream(body);
    }

    @Override
    protected InputStream wrapStream(InputStream stream) {
      return stream; // already gunzipped by the delegate
    }
  }
}
