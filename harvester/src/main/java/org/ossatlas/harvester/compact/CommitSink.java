package org.ossatlas.harvester.compact;

/** Where a {@link RecordParser} puts what it found; one sink per project being compacted. */
public interface CommitSink {
  /** One commit entry (a repeat of a stored sha is de-duplicated by the compactor). */
  void commit(CommitRow row);

  /** Line and file counts for a commit listed elsewhere (GitHub's commit detail). */
  void stats(String sha, int additions, int deletions, int filesChanged);

  /** A branch tip that decides which stored commits are kept (git sources). */
  void head(GitHead head);

  /** The project being compacted, for records that describe its repository. */
  default String project() {
    return "";
  }

  /** Repository facts (stars, license, releases…); the newest record's facts win. */
  default void facts(org.ossatlas.common.RepoFacts facts) {}

  /** Pseudonymous keys and bot detection, cached for this project. */
  Contributors contributors();
}
