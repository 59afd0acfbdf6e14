package org.ossatlas.harvester.git;

import org.eclipse.jgit.storage.file.WindowCacheConfig;

/**
 * JGit's process-wide settings, sized for walking whole histories rather than for an IDE's
 * occasional lookup. Global, so set once by the program's {@code main} before any repository is
 * opened, never from a static initializer; the git source is correct without them, only slower.
 */
public final class GitTuning {
  /** JGit reads this property whenever it starts a SHA-1 (pack indexing on every clone/fetch). */
  static final String SHA1_PROPERTY = "org.eclipse.jgit.util.sha1.implementation";

  private GitTuning() {}

  /**
   *
   *
   * <ul>
   *   <li><b>Pack files memory-mapped</b>, as git does: JGit's default copies 8 KiB windows into a
   *       10 MiB heap cache, so a long walk re-reads the same windows and the copies churn the GC.
   *       Mapped windows live outside the heap; the limit is address space, not memory.
   *   <li><b>Delta-base cache of 96 MiB</b> per reader (git's {@code core.deltaBaseCacheLimit}): a
   *       file's successive versions are deltas on each other, and resolving a chain again for
   *       every version is where a walk's blob loading goes otherwise.
   *   <li><b>The JDK's SHA-1</b> (CPU instructions where the processor has them) instead of JGit's
   *       Java SHA-1 with collision detection, which was a third of a clone's time. The collision
   *       check guards a repository's own integrity against crafted objects; a clone that is only
   *       read for statistics has nothing to protect from its own remote.
   * </ul>
   */
  public static void install() {
    WindowCacheConfig cache = new WindowCacheConfig();
    cache.setPackedGitMMAP(true);
    cache.setPackedGitWindowSize(1 << 20);
    cache.setPackedGitLimit(1L << 30);
    cache.setPackedGitOpenFiles(256);
    cache.setDeltaBaseCacheLimit(96 << 20);
    cache.setStreamFileThreshold(64 << 20);
    cache.install();
    System.setProperty(SHA1_PROPERTY, "jdkNative");
  }
}
