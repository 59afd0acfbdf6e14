package org.ossatlas.graph.sheets;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A project's {@code repo} cell: {@code https://github.com/OWNER/NAME} or a git clone URL ({@code
 * https://}, {@code ssh://}, {@code git@host:path}, {@code file://}).
 *
 * @param owner the GitHub owner, or null when the repository is not on GitHub
 * @param name the GitHub repository name (without {@code .git}), or null
 */
public record RepoUrl(String url, String owner, String name) {
  private static final Pattern GITHUB =
      Pattern.compile(
          "https://github\\.com/([A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)/([A-Za-z0-9._-]+?)(?:\\.git)?/?");
  private static final Pattern SCP_LIKE =
      Pattern.compile("[A-Za-z0-9._-]+@[A-Za-z0-9.-]+:[^/\\s][^\\s]*");

  public boolean isGitHub() {
    return owner != null;
  }

  /** The URL as a repository, or empty when it is none of the accepted forms. */
  public static Optional<RepoUrl> parse(String url) {
    return problem(url) == null ? Optional.of(of(url)) : Optional.empty();
  }

  private static RepoUrl of(String url) {
    Matcher github = GITHUB.matcher(url);
    return github.matches()
        ? new RepoUrl(url, github.group(1), github.group(2))
        : new RepoUrl(url, null, null);
  }

  /** Why {@code url} is not a repository URL, or null when it is one. */
  static String problem(String url) {
    if (url.chars().anyMatch(Character::isWhitespace)) {
      return "a repository URL has no spaces";
    }
    if (SCP_LIKE.matcher(url).matches()) {
      return null;
    }
    URI uri;
    try {
      uri = new URI(url);
    } catch (URISyntaxException e) {
      return "malformed repository URL: " + e.getReason();
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    String path = uri.getPath() == null ? "" : uri.getPath();
    switch (scheme) {
      case "https", "ssh" -> {
        if (uri.getHost() == null || path.isEmpty() || path.equals("/")) {
          return "a " + scheme + ":// repository URL needs a host and a path";
        }
        boolean github = scheme.equals("https") && "github.com".equalsIgnoreCase(uri.getHost());
        if (github && !GITHUB.matcher(url).matches()) {
          return "a GitHub repository URL is https://github.com/OWNER/NAME";
        }
        return null;
      }
      case "file" -> {
        return path.isEmpty() ? "a file:// repository URL needs a path" : null;
      }
      case "http" -> {
        return "plain http:// is not accepted for repositories; use https://";
      }
      default -> {
        return "not a repository URL";
      }
    }
  }
}
