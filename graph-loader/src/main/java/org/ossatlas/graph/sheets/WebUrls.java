package org.ossatlas.graph.sheets;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * Checks the URLs the site turns into links: absolute http(s) only, never {@code javascript:}, and
 * never with user info (a {@code user:password@} in a sheet would be published).
 */
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
    if (uri.getRawUserInfo() != null) {
      return "the URL carries credentials (user info before `@`), which would be published;"
          + " remove them";
    }
    return null;
  }
}
