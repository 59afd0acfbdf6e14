package org.ossatlas.site.deploy;

import java.nio.file.Path;
import org.ossatlas.common.RepositoryUrl;

/**
 * Where and how to publish.
 *
 * @param repo the deployment repository: an https or ssh URL, or a local path; no user info in an
 *     https URL and no password in any (the token goes in {@code token})
 * @param branch the branch the static host serves (default {@code main})
 * @param workDir a local clone kept between runs ({@code DATA/deploy}), created when missing
 * @param token for https remotes (from {@code DEPLOY_TOKEN}); null for none. Never logged.
 * @param message the commit message's first line; null for the generated one, which then becomes
 *     the message body
 * @param dryRun compute what would change, then commit and push nothing
 */
public record DeployOptions(
    String repo,
    String branch,
    Path workDir,
    String authorName,
    String authorEmail,
    String token,
    String message,
    boolean dryRun) {

  public static final String DEFAULT_BRANCH = "main";
  public static final String DEFAULT_AUTHOR = "OSS Atlas";
  public static final String DEFAULT_EMAIL = "ossatlas@users.noreply.github.com";

  public DeployOptions {
    branch = branch == null || branch.isBlank() ? DEFAULT_BRANCH : branch.strip();
    authorName = authorName == null || authorName.isBlank() ? DEFAULT_AUTHOR : authorName;
    authorEmail = authorEmail == null || authorEmail.isBlank() ? DEFAULT_EMAIL : authorEmail;
    token = token == null || token.isBlank() ? null : token;
    message = message == null || message.isBlank() ? null : message.strip();
  }

  /** A real deploy with the generated commit message. */
  public DeployOptions(
      String repo,
      String branch,
      Path workDir,
      String authorName,
      String authorEmail,
      String token) {
    this(repo, branch, workDir, authorName, authorEmail, token, null, false);
  }

  /** The repository as it may be printed: without any user info. */
  public String repoForDisplay() {
    return RepositoryUrl.redact(repo);
  }

  @Override
  public String toString() {
    return "DeployOptions[repo="
        + RepositoryUrl.redact(repo)
        + ", branch="
        + branch
        + ", workDir="
        + workDir
        + ", dryRun="
        + dryRun
        + "]";
  }
}
