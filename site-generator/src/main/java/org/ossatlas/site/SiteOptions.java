package org.ossatlas.site;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import org.ossatlas.common.AtlasException;

/**
 * How to build the site.
 *
 * @param baseUrl the public URL the site is served from, for canonical links, Open Graph, the
 *     sitemap and the feed (default {@code https://example.org/}); a trailing slash is added
 * @param templates an optional folder shaped like the {@code templates} module ({@code pages/},
 *     {@code assets/}) whose files win over the built-in ones; null for none
 */
public record SiteOptions(String baseUrl, Path templates) {
  public static final String DEFAULT_BASE_URL = "https://example.org/";

  public SiteOptions {
    baseUrl = normalize(baseUrl == null || baseUrl.isBlank() ? DEFAULT_BASE_URL : baseUrl);
  }

  public static SiteOptions defaults() {
    return new SiteOptions(DEFAULT_BASE_URL, null);
  }

  /** The path part of the base URL: {@code /} or {@code /atlas/}. */
  public String basePath() {
    return URI.create(baseUrl).getRawPath();
  }

  private static String normalize(String url) {
    String u = url.strip();
    try {
      URI uri = new URI(u);
      if (!("https".equals(uri.getScheme()) || "http".equals(uri.getScheme()))
          || uri.getHost() == null
          || uri.getRawQuery() != null
          || uri.getRawFragment() != null) {
        throw AtlasException.usage(
            "--base-url must be an http(s) URL without query or fragment, like"
                + " https://atlas.example.org/ (got "
                + url
                + ")");
      }
    } catch (URISyntaxException e) {
      throw AtlasException.usage("--base-url is not a URL: " + url);
    }
    if (URI.create(u).getRawPath().isEmpty()) {
      u = u + "/";
    }
    return u.endsWith("/") ? u : u + "/";
  }
}
