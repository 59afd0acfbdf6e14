package org.ossatlas.common;

import java.nio.file.Path;

/**
 * Where everything lives: the curated sheets, the data folder and the site output. Every stage
 * derives its paths from here so that the layout (README, "Layout") is written down once.
 */
public record Workspace(Path sheets, Path data, Path out) {

  public static Workspace defaults() {
    return new Workspace(Path.of("curated-sheets"), Path.of("data"), Path.of("site-out"));
  }

  /** Verbatim responses and git records, gzip JSON lines, per repository. */
  public Path raw() {
    return data.resolve("raw");
  }

  /** Harvest checkpoints. */
  public Path state() {
    return data.resolve("state");
  }

  /** Bare clones used by the git source. */
  public Path gitClones() {
    return data.resolve("git");
  }

  /** The compacted commit table the analytics read. */
  public Path commits() {
    return data.resolve("commits.csv.gz");
  }

  /** Each author key's e-mail domain, written by compaction beside the commit table. */
  public Path authorDomains() {
    return data.resolve(AuthorDomains.FILE_NAME);
  }

  /** Repository facts (stars, license, releases, ...), one row per project. */
  public Path repoFacts() {
    return data.resolve(RepoFacts.FILE_NAME);
  }

  /** Computed series as CSV, published by the site. */
  public Path metrics() {
    return data.resolve("metrics");
  }

  /** Charts drawn by the analytics, copied into the site. */
  public Path charts() {
    return data.resolve("charts");
  }

  /** One JSON line per stage run. */
  public Path runs() {
    return data.resolve("runs");
  }

  /** The embedded Neo4j store. */
  public Path graphStore() {
    return data.resolve("graph");
  }

  /** Touched after every successful load or write-back, for make's file dependencies. */
  public Path stamps() {
    return data.resolve("stamps");
  }
}
