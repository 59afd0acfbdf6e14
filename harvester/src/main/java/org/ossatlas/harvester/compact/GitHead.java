package org.ossatlas.harvester.compact;

/**
 * A {@code git-head} record: the branch tip after a walk. Compaction keeps exactly the stored
 * commits reachable from the newest one.
 *
 * @param head the tip's sha, or null when the branch has no commits
 * @param firstParent follow only first parents (the walk did too)
 */
public record GitHead(String ref, String head, boolean firstParent) {}
