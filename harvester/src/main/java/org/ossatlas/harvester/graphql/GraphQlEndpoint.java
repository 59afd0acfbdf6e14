package org.ossatlas.harvester.graphql;

import java.net.URI;
import java.util.Locale;

/**
 * Where GraphQL lives for a REST root, as GitHub lays it out: {@code https://api.github.com} →
 * {@code https://api.github.com/graphql}; GitHub Enterprise {@code https://HOST/api/v3} → {@code
 * https://HOST/api/graphql}; any other base (a test server) → {@code BASE/graphql}. {@code
 * --graphql-url} overrides the rule.
 */
public final class GraphQlEndpoint {
  private GraphQlEndpoint() {}

  /**
   * @param api the REST root ({@code --api-url})
   * @param override {@code --graphql-url}, or null
   */
  public static URI derive(URI api, String override) {
    if (override != null && !override.isBlank()) {
      URI uri = URI.create(override.strip());
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
        throw new IllegalArgumentException("not an http(s) URL: " + override);
      }
      return uri;
    }
    String base = api.toString();
    while (base.endsWith("/")) {
      base = base.substring(0, base.length() - 1);
    }
    if (base.endsWith("/api/v3")) {
      return URI.create(base.substring(0, base.length() - "/v3".length()) + "/graphql");
    }
    return URI.create(base + "/graphql");
  }
}
