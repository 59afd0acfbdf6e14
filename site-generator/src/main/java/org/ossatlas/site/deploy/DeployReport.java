package org.ossatlas.site.deploy;

/**
 * What a deploy did: whether it committed (and with what message), what changed, whether it pushed.
 * A site identical to the deployed one gives {@code committed == false}.
 */
public record DeployReport(
    boolean committed,
    String commitId,
    String message,
    int pagesChanged,
    int pagesRemoved,
    int otherFilesChanged,
    boolean pushed) {}
