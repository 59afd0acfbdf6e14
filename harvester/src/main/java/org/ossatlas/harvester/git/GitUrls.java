package org.ossatlas.harvester.git;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Pattern;
import org.eclipse.jgit.transport.URIish;

/**
 * Clone URLs as the git source uses them: a local path made absolute, and the form that may be
 * shown (records, checkpoints, reasons) without credentials.
 */
final class GitUrls {
  private static final Pattern URL_CREDENTIALS = Pattern.compile("(?<=://)[^/@\\s]+@");

  private GitUrls() {}

  /** Any clone URL JGit understands: https, ssh, git, file, scp-like or a local path. */
  static boolean isCloneUrl(String repoUrl) {
    String url = repoUrl.strip();
    if (url.isEmpty()) {
      return false;
    }
    try {
      new URIish(url);
      return true;
    } catch (URISyntaxException e) {
      return false;
    }
  }

  /** A local relative path becomes absolute, so that the clone's remote does not depend on cwd. */
  static String cloneUrl(String repoUrl) {
    String url = repoUrl.strip();
    if (url.contains("://") || url.matches("^[^/\\\\]+@[^/]+:.*") || url.matches("^[^/]{2,}:.*")) {
      return url;
    }
    return Path.of(url).toAbsolutePath().normalize().toString();
  }

  /** The URL without credentials: no password ever, and no user name for http(s). */
  static String redact(String url) {
    try {
      URIish uri = new URIish(url);
      uri = uri.setPass(null);
      String scheme = uri.getScheme();
      if (scheme != null && scheme.toLowerCase(Locale.ROOT).startsWith("http")) {
        uri = uri.setUser(null);
      }
      return uri.toString();
    } catch (URISyntaxException e) {
      return URL_CREDENTIALS.matcher(url).replaceAll("");
    }
  }

  /** {@code text} with {@code url} shown as {@code shownUrl} and any other credential removed. */
  static String scrub(String text, String url, String shownUrl) {
    return URL_CREDENTIALS.matcher(text.replace(url, shownUrl)).replaceAll("");
  }
}
