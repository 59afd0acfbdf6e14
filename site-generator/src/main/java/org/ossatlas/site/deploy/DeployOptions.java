package org.ossatlas.site.deploy;

import java.nio.file.Path;

/**
 * Where and how to publish.
 *
 * @param repo the deployment repository: an https or ssh URL, or a local path
 * @param branch the branch the static host serves (default {@code main})
 * @param workDir a local clone kept between runs ({@code DATA/deploy}), created when missing
 * @param token for https remotes (from {@code DEPLOY_TOKEN}); null for none. Never logged.
 */
public record DeployOptions(
    String repo, String branch, Path workDir, String authorName, String authorEmail, String token) {

  public static final String DEFAULT_BRANCH = "main";
  public static final String DEFAULT_AUTHOR = "OSS Atlas";
  public static final String DEFAULT_EMAIL = "ossatlas@users.noreply.github.com";

  public DeployOptions {
    branch = branch == null || branch.isBlank() ? DEFAULT_BRANCH : branch.strip();
    authorName = authorName == null || authorName.isBlank() ? DEFAULT_AUTHOR : authorName;
    authorEmail = authorEmail == null || authorEmail.isBlank() ? DEFAULT_EMAIL : authorEmail;
    token = token == null || token.isBlank() ? null : token;
  }

  @Override
  public String toString() {
    return "DeployOptions[repo=" + repo + ", branch=" + branch + ", workDir=" + workDir + "]";
  }
}
