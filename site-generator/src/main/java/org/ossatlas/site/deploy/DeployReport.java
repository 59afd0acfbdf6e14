package org.ossatlas.site.deploy;

/**
 * What a deploy did: whether it committed (and with what message), what changed, whether it pushed.
 * A site identical to the deployed one gives {@code committed == false}. In a dry run nothing is
 * committed or pushed; the counts say what a real run would change.
 *
 * @param added files new in the deployment
 * @param updated files whose bytes changed
 * @param removed files no longer in the site
 */
public record DeployReport(
    boolean committed,
    String commitId,
    String message,
    int added,
    int updated,
    int removed,
    int pagesChanged,
    int pagesRemoved,
    int otherFilesChanged,
    boolean pushed,
    boolean dryRun) {

  /** True when the deployment already held exactly this site. */
  public boolean unchanged() {
    return added + updated + removed == 0;
  }
}
