package org.ossatlas.graph.sheets;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/** Checks the URLs the site turns into links: absolute http(s) only, never {@code javascript:}. */
final class WebUrls {
  private WebUrls() {}

  /** Why {@code url} cannot be published as a link, or null when it can. */
  static String problem(String url) {
    URI uri;
    try {
      uri = new URI(url);
    } catch (URISyntaxException e) {
      return "malformed URL: " + e.getReason() + " at index " + e.getIndex();
    }
    String scheme = uri.getScheme();
    if (scheme == null) {
      return "not an absolute URL";
    }
    String lower = scheme.toLowerCase(Locale.ROOT);
    if (!lower.equals("http") && !lower.equals("https")) {
      return "the scheme `" + scheme + ":` is not allowed";
    }
    if (uri.getHost() == null || uri.getHost().isEmpty()) {
      return "malformed URL: no host";
    }
    return null;
  }
}
