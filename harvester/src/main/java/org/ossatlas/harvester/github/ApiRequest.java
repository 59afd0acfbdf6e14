package org.ossatlas.harvester.github;

import java.io.InputStream;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.URL;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.kohsuke.github.connector.GitHubConnectorRequest;

/** A bodiless GET for hub4j's connector layer. Its headers (and so the token) are never stored. */
final class ApiRequest implements GitHubConnectorRequest {
  private final URL url;
  private final Map<String, List<String>> headers;

  ApiRequest(String url, Map<String, String> headers) {
    try {
      this.url = URI.create(url).toURL();
    } catch (MalformedURLException | IllegalArgumentException e) {
      throw new IllegalArgumentException("not a URL: " + url, e);
    }
    Map<String, List<String>> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    headers.forEach((name, value) -> copy.put(name, List.of(value)));
    this.headers = copy;
  }

  @Override
  public String method() {
    return "GET";
  }

  @Override
  public Map<String, List<String>> allHeaders() {
    return headers;
  }

  @Override
  public String header(String name) {
    List<String> values = headers.get(name);
    return values == null || values.isEmpty() ? null : values.get(0);
  }

  @Override
  public String contentType() {
    return null;
  }

  @Override
  public InputStream body() {
    return null;
  }

  @Override
  public URL url() {
    return url;
  }

  @Override
  public boolean hasBody() {
    return false;
  }

  @Override
  public String toString() {
    return "GET " + url; // never the headers
  }
}
