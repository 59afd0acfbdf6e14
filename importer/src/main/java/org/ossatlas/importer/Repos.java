package org.ossatlas.importer;

import java.net.URI;
import java.util.Locale;
import java.util.Optional;
import org.ossatlas.common.RepositoryUrl;

/**
 * Repository URLs as upstream lists write them, turned into the {@code repo} cell the validator
 * accepts, and the key that says two of them are the same repository.
 */
final class Repos {
  private Repos() {}

  /** A repository: the URL to write, its owner (for telling same-named projects apart), its key. */
  record Repo(String url, String owner, String key) {}

  /**
   * The repository at {@code url}, or empty when it is not one (an organization page such as {@code
   * https://github.com/OAAX-standard}, a web page, plain http on another host).
   */
  static Optional<Repo> parse(String url) {
    String u = url.strip();
    if (u.regionMatches(true, 0, "http://github.com/", 0, 18)) {
      u = "https://github.com/" + u.substring(18);
    }
    if (u.regionMatches(true, 0, "https://www.github.com/", 0, 23)) {
      u = "https://github.com/" + u.substring(23);
    }
    while (u.endsWith("/")) {
      u = u.substring(0, u.length() - 1);
    }
    Optional<RepositoryUrl> parsed = RepositoryUrl.parse(u);
    if (parsed.isEmpty()) {
      return Optional.empty();
    }
    RepositoryUrl repo = parsed.get();
    if (repo.isGitHub()) {
      String canonical = "https://github.com/" + repo.owner() + "/" + repo.name();
      return Optional.of(new Repo(canonical, repo.owner(), key(canonical)));
    }
    return Optional.of(new Repo(u, host(u), key(u)));
  }

  /** Case-insensitive, without {@code .git} or a trailing slash: GitHub ignores case in names. */
  static String key(String url) {
    String k = url.strip().toLowerCase(Locale.ROOT);
    while (k.endsWith("/")) {
      k = k.substring(0, k.length() - 1);
    }
    if (k.endsWith(".git")) {
      k = k.substring(0, k.length() - 4);
    }
    return k.replaceFirst("^https?://(www\\.)?", "");
  }

  private static String host(String url) {
    try {
      String host = URI.create(url).getHost();
      return host == null ? null : host.replaceFirst("^www\\.", "");
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  /** Whether {@code url} is an absolute http(s) URL a sheet accepts as a homepage or link. */
  static boolean isWebUrl(String url) {
    if (url == null || url.isBlank() || url.chars().anyMatch(Character::isWhitespace)) {
      return false;
    }
    try {
      URI uri = new URI(url);
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null;
    } catch (java.net.URISyntaxException e) {
      return false;
    }
  }
}
