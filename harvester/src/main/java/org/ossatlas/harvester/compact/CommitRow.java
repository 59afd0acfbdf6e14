package org.ossatlas.harvester.compact;

import java.util.List;

/**
 * One commit as compaction keeps it: only the fields of {@code data/commits.csv.gz} plus the
 * parents needed for reachability. Identities are already keys; no name or e-mail is held. Times
 * are epoch seconds in UTC, {@link #UNKNOWN_TIME} when missing; counts are -1 when unknown.
 */
public final class CommitRow {
  public static final long UNKNOWN_TIME = Long.MAX_VALUE;
  public static final int UNKNOWN = -1;
  private static final String[] NO_PARENTS = new String[0];

  final String sha;
  final String authorKey;
  final long authorTime;
  final String committerKey;
  final long committerTime;
  final String[] parents;
  final boolean bot;
  int additions = UNKNOWN;
  int deletions = UNKNOWN;
  int filesChanged = UNKNOWN;

  /** Stored by the git source ({@code git-commits}): subject to reachability from its head. */
  boolean fromGit;

  public CommitRow(
      String sha,
      String authorKey,
      long authorTime,
      String committerKey,
      long committerTime,
      List<String> parents,
      boolean bot) {
    if (sha == null || sha.isEmpty()) {
      throw new IllegalArgumentException("a commit without a sha");
    }
    this.sha = sha;
    this.authorKey = authorKey == null ? "" : authorKey;
    this.authorTime = authorTime;
    this.committerKey = committerKey == null ? "" : committerKey;
    this.committerTime = committerTime;
    this.parents = parents.isEmpty() ? NO_PARENTS : parents.toArray(String[]::new);
    this.bot = bot;
  }

  /** Sets the line and file counts (negative values mean unknown). */
  public CommitRow withStats(int additions, int deletions, int filesChanged) {
    this.additions = additions;
    this.deletions = deletions;
    this.filesChanged = filesChanged;
    return this;
  }

  public String sha() {
    return sha;
  }

  boolean hasStats() {
    return additions >= 0 || deletions >= 0 || filesChanged >= 0;
  }

  boolean merge() {
    return parents.length > 1;
  }
}
