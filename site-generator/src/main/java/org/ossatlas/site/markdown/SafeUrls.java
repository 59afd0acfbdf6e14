package org.ossatlas.site.markdown;

import java.util.Locale;

/**
 * Which link targets the site lets through from curated text: {@code http}, {@code https}, {@code
 * mailto} and relative links. Everything else ({@code javascript:}, {@code data:}, {@code
 * vbscript:} ...) is dropped, so that a sheet can never put script on a page.
 */
public final class SafeUrls {
  /** The {@code rel} of links that leave the site. */
  public static final String EXTERNAL_REL = "nofollow noopener";

  private SafeUrls() {}

  /** True for http(s), mailto and scheme-less (relative) URLs. */
  public static boolean isSafe(String url) {
    if (url == null) {
      return false;
    }
    String scheme = scheme(url);
    return scheme == null
        || scheme.equals("http")
        || scheme.equals("https")
        || scheme.equals("mailto");
  }

  /** True for URLs that leave the site: http(s) and protocol-relative ({@code //host/}). */
  public static boolean isExternal(String url) {
    String scheme = scheme(url);
    return "http".equals(scheme) || "https".equals(scheme) || stripped(url).startsWith("//");
  }

  /**
   * The scheme in lower case, or null when the URL has none. Control characters and spaces are
   * removed first, as browsers do, so {@code "java\tscript:"} is still seen as {@code javascript}.
   */
  static String scheme(String url) {
    String s = stripped(url);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == ':') {
        return i == 0 ? "" : s.substring(0, i).toLowerCase(Locale.ROOT);
      }
      if (c == '/' || c == '?' || c == '#') {
        return null;
      }
    }
    return null;
  }

  private static String stripped(String url) {
    StringBuilder b = new StringBuilder(url.length());
    for (int i = 0; i < url.length(); i++) {
      char c = url.charAt(i);
      if (c > ' ' && c != 0x7f) {
        b.append(c);
      }
    }
    return b.toString();
  }
}
