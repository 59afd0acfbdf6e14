package org.ossatlas.harvester.git;

import java.net.URISyntaxException;
import org.eclipse.jgit.transport.URIish;
import org.ossatlas.common.RepositoryUrl;

/**
 * Clone URLs as the git source uses them: a local path made absolute, and the form that may be
 * shown (records, checkpoints, reasons) without credentials.
 */
final class GitUrls {
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

  /**
   * A local relative path becomes absolute, so that the clone's remote does not depend on cwd (the
   * one rule, in {@link RepositoryUrl}).
   */
  static String cloneUrl(String repoUrl) {
    return RepositoryUrl.cloneUrl(repoUrl);
  }

  /** The URL without credentials: no password ever, and no user name for http(s). */
  static String redact(String url) {
    return RepositoryUrl.redact(url);
  }

  /** {@code text} with {@code url} shown as {@code shownUrl} and any other credential removed. */
  static String scrub(String text, String url, String shownUrl) {
    return RepositoryUrl.redact(text.replace(url, shownUrl));
  }
}
