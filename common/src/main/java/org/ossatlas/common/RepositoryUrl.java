package org.ossatlas.common;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What counts as a repository URL, written once: the validator, the harvest's source routing, the
 * GitHub and git sources and deploy all ask this class, so a URL that validates is one the harvest
 * can fetch (docs/security.md).
 *
 * <p>Accepted: {@code https://github.com/OWNER/NAME} (with or without {@code .git} and a trailing
 * slash, {@code www.} allowed: all GitHub), and git clone URLs ({@code https://}, {@code ssh://},
 * {@code git@host:path}, {@code file://}). Never a password, and no user info at all in http(s)
 * URLs: a token written as a user name ({@code https://ghp_x@host/r.git}) is still a token.
 *
 * @param url the URL as given (stripped)
 * @param owner the GitHub owner, or null when the repository is not on GitHub
 * @param name the GitHub repository name without {@code .git}, or null
 */
public record RepositoryUrl(String url, String owner, String name) {
  private static final Pattern GITHUB =
      Pattern.compile(
          "https://(?:www\\.)?github\\.com/([A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)/"
              + "([A-Za-z0-9._-]+?)(?:\\.git)?/?",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern SCP_LIKE =
      Pattern.compile("[A-Za-z0-9._-]+@[A-Za-z0-9.-]+:[^/\\s][^\\s]*");

  /** {@code scheme://userinfo@} anywhere in a text; group 1 the scheme, group 2 the user info. */
  private static final Pattern USER_INFO_IN_TEXT =
      Pattern.compile("\\b([A-Za-z][A-Za-z0-9+.-]*)://([^/@\\s\"'<>]*)@");

  public boolean isGitHub() {
    return owner != null;
  }

  /**
   * A GitHub repository written as its page ({@code https://github.com/O/R}) rather than as a clone
   * URL ending in {@code .git}: {@code --source auto} asks the API for the first and clones the
   * second (README, "Changes to the design contract"); {@code source=github} takes both.
   */
  public boolean isGitHubPage() {
    return isGitHub() && !url.toLowerCase(Locale.ROOT).matches(".*\\.git/?");
  }

  /** {@code OWNER/NAME} for a GitHub repository, else empty. */
  public Optional<String> gitHubSlug() {
    return isGitHub() ? Optional.of(owner + "/" + name) : Optional.empty();
  }

  /** The URL as a repository, or empty when it is none of the accepted forms. */
  public static Optional<RepositoryUrl> parse(String url) {
    return url == null || problem(url) != null ? Optional.empty() : Optional.of(of(url.strip()));
  }

  /** {@code OWNER/NAME} when {@code url} is an accepted GitHub repository URL, else empty. */
  public static Optional<String> gitHubSlug(String url) {
    return parse(url).flatMap(RepositoryUrl::gitHubSlug);
  }

  private static RepositoryUrl of(String url) {
    Matcher github = GITHUB.matcher(url);
    return github.matches()
        ? new RepositoryUrl(url, github.group(1), github.group(2))
        : new RepositoryUrl(url, null, null);
  }

  /** Why {@code url} is not an acceptable repository URL, or null when it is one. */
  public static String problem(String url) {
    if (url.isEmpty() || url.chars().anyMatch(Character::isWhitespace)) {
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
    String credentials = credentialProblem(scheme, uri.getRawUserInfo());
    if (credentials != null) {
      return credentials;
    }
    switch (scheme) {
      case "https", "ssh" -> {
        if (uri.getHost() == null || path.isEmpty() || path.equals("/")) {
          return "a " + scheme + ":// repository URL needs a host and a path";
        }
        String host = uri.getHost().toLowerCase(Locale.ROOT);
        boolean github =
            scheme.equals("https") && (host.equals("github.com") || host.equals("www.github.com"));
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

  /**
   * Why the user info of a URL is not acceptable, or null: never a password, and none at all over
   * http(s) (an ssh user name such as {@code git} is part of the address, not a secret).
   */
  private static String credentialProblem(String scheme, String userInfo) {
    if (userInfo == null) {
      return null;
    }
    if (scheme.startsWith("http") || userInfo.contains(":")) {
      return "the URL carries credentials (user info before `@`), which would be published; remove"
          + " them (tokens come from the environment)";
    }
    return null;
  }

  /**
   * True when {@code url} carries user info that must not be stored or shown: any over http(s), a
   * password over anything.
   */
  public static boolean hasCredentials(String url) {
    Matcher m = USER_INFO_IN_TEXT.matcher(url.strip());
    return m.lookingAt() && isSecret(m.group(1), m.group(2));
  }

  /** Any user info at all ({@code scheme://…@}). Deployment URLs take none: tokens are env only. */
  public static boolean hasUserInfo(String url) {
    Matcher m = USER_INFO_IN_TEXT.matcher(url.strip());
    return m.lookingAt();
  }

  /**
   * {@code text} with the credentials of every URL in it taken out: the whole user info of http(s)
   * URLs, the password of others ({@code ssh://git:pw@h/r} becomes {@code ssh://git@h/r}). For
   * messages, logs and run records, which may quote URLs inside exception texts.
   */
  public static String redact(String text) {
    if (text == null) {
      return null;
    }
    Matcher m = USER_INFO_IN_TEXT.matcher(text);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String scheme = m.group(1);
      String userInfo = m.group(2);
      String kept;
      if (!isSecret(scheme, userInfo)) {
        kept = userInfo + "@";
      } else if (scheme.toLowerCase(Locale.ROOT).startsWith("http")) {
        kept = "";
      } else {
        kept = userInfo.substring(0, userInfo.indexOf(':')) + "@";
      }
      m.appendReplacement(out, Matcher.quoteReplacement(scheme + "://" + kept));
    }
    m.appendTail(out);
    return out.toString();
  }

  private static boolean isSecret(String scheme, String userInfo) {
    return scheme.toLowerCase(Locale.ROOT).startsWith("http") || userInfo.contains(":");
  }

  /**
   * The address git fetches from: URLs and {@code host:path} as given, a local path made absolute
   * (the harvest and deploy accept a folder for tests and local mirrors).
   */
  public static String cloneUrl(String repo) {
    String url = repo.strip();
    if (url.contains("://") || url.matches("^[^/\\\\]+@[^/]+:.*") || url.matches("^[^/]{2,}:.*")) {
      return url;
    }
    return Path.of(url).toAbsolutePath().normalize().toString();
  }
}
