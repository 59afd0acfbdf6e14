package org.ossatlas.harvester.git;

import org.eclipse.jgit.api.errors.JGitInternalException;
import org.eclipse.jgit.errors.NoRemoteRepositoryException;

/** A failed project's reason for its outcome: what went wrong, never a credential. */
final class GitFailures {
  private GitFailures() {}

  static String reason(Exception e, String url, String shownUrl) {
    StringBuilder why = new StringBuilder();
    if (e instanceof NoRemoteRepositoryException
        || e.getCause() instanceof NoRemoteRepositoryException) {
      why.append("repository not found: ");
    } else if (e instanceof JGitInternalException) {
      why.append("git failed: ");
    }
    Throwable t = e;
    String previous = null;
    int depth = 0;
    while (t != null && depth++ < 4) {
      String message = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
      if (previous == null || !previous.contains(message)) {
        if (previous != null) {
          why.append(": ");
        }
        why.append(message);
        previous = message;
      }
      t = t.getCause();
    }
    return GitUrls.scrub(why.toString(), url, shownUrl);
  }
}
