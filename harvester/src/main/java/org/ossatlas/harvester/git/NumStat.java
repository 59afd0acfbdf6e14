package org.ossatlas.harvester.git;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.jgit.api.errors.CanceledException;
import org.eclipse.jgit.diff.DiffConfig;
import org.eclipse.jgit.diff.DiffEntry;
import org.eclipse.jgit.diff.RenameDetector;
import org.eclipse.jgit.errors.LargeObjectException;
import org.eclipse.jgit.lib.AbbreviatedObjectId;
import org.eclipse.jgit.lib.Config;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.NullProgressMonitor;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.treewalk.EmptyTreeIterator;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.TreeFilter;

/**
 * The figures of {@code git log --numstat -M} for one commit against one parent tree: lines added
 * and deleted (git's xdiff, {@link XdiffLineCount}), files changed, binary files. Reuses its tree
 * walk, rename detector and object reader between commits; <b>not thread-safe</b>, one per thread.
 *
 * <p>Where it follows git rather than JGit's defaults: git's non-minimal xdiff Myers (JGit's
 * default is histogram, which differs by a line on a few percent of commits; its Myers is minimal
 * and differs on 0.02 %); a rename score of 50 % (git's {@code -M}; JGit's default is 60 %) and a
 * rename limit of 1,000 (git's {@code diff.renameLimit}); a file is binary when its first 8,000
 * bytes hold a NUL byte (git's {@code buffer_is_binary}; JGit's own check also treats a lone CR as
 * binary); a submodule counts as the one line {@code Subproject commit SHA}; a second copy of a
 * renamed blob (JGit's COPY) counts as an added file, as git reports it without {@code -C}. {@code
 * .gitattributes} ({@code -diff}, {@code binary}) is not read.
 */
final class NumStat implements AutoCloseable {
  /** One commit's figures. */
  record Stats(int additions, int deletions, int filesChanged, int binaryFiles) {
    static final Stats NONE = new Stats(0, 0, 0, 0);
  }

  private static final int FIRST_FEW_BYTES = 8000;

  /** Blobs kept for the next commit: a child's old side is mostly its parent's new side. */
  private static final long CACHE_BYTES = 32L << 20;

  private final ObjectReader reader;
  private final TreeWalk walk;
  private long cachedBytes;
  private final LinkedHashMap<ObjectId, byte[]> cache =
      new LinkedHashMap<>(1024, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<ObjectId, byte[]> eldest) {
          if (cachedBytes > CACHE_BYTES) {
            cachedBytes -= eldest.getValue().length;
            return true;
          }
          return false;
        }
      };
  private final RenameDetector renames;

  NumStat(ObjectReader reader) {
    this.reader = reader;
    this.walk = new TreeWalk(reader);
    walk.setRecursive(true);
    walk.setFilter(TreeFilter.ANY_DIFF);
    this.renames = new RenameDetector(reader, new Config().get(DiffConfig.KEY));
    renames.setRenameScore(50);
    renames.setRenameLimit(1000);
  }

  /** Closes the object reader (and with it JGit's delta-base cache of this reader). */
  @Override
  public void close() {
    reader.close();
  }

  /** The figures of {@code tree} against {@code parentTree} (null: the empty tree, a root). */
  Stats between(ObjectId parentTree, ObjectId tree) throws IOException {
    walk.reset();
    if (parentTree == null) {
      walk.addTree(new EmptyTreeIterator());
    } else {
      walk.addTree(parentTree);
    }
    walk.addTree(tree);
    List<DiffEntry> entries = DiffEntry.scan(walk);
    boolean adds = false;
    boolean deletes = false;
    for (DiffEntry e : entries) {
      adds |= e.getChangeType() == DiffEntry.ChangeType.ADD;
      deletes |= e.getChangeType() == DiffEntry.ChangeType.DELETE;
    }
    if (adds && deletes) {
      renames.reset();
      renames.addAll(entries);
      try {
        entries = renames.compute(NullProgressMonitor.INSTANCE);
      } catch (CanceledException e) {
        throw new IOException("rename detection cancelled", e);
      }
    }
    int additions = 0;
    int deletions = 0;
    int binary = 0;
    for (DiffEntry e : entries) {
      switch (e.getChangeType()) {
        case ADD, COPY -> {
          byte[] b = content(e.getNewMode(), e.getNewId());
          if (isBinary(b)) {
            binary++;
          } else {
            additions += lines(b);
          }
        }
        case DELETE -> {
          byte[] a = content(e.getOldMode(), e.getOldId());
          if (isBinary(a)) {
            binary++;
          } else {
            deletions += lines(a);
          }
        }
        case MODIFY, RENAME -> {
          if (e.getOldId().equals(e.getNewId()) && sameKind(e.getOldMode(), e.getNewMode())) {
            continue; // a pure rename or a mode change: 0 0, one file
          }
          byte[] a = content(e.getOldMode(), e.getOldId());
          byte[] b = content(e.getNewMode(), e.getNewId());
          if (isBinary(a) || isBinary(b)) {
            binary++;
          } else {
            long counts = lineChanges(a, b);
            deletions += (int) (counts >>> 32);
            additions += (int) counts;
          }
        }
      }
    }
    return new Stats(additions, deletions, entries.size(), binary);
  }

  private static boolean sameKind(FileMode a, FileMode b) {
    return (a == FileMode.GITLINK) == (b == FileMode.GITLINK);
  }

  /** A blob's bytes; a submodule's is git's one line {@code Subproject commit SHA}. */
  private byte[] content(FileMode mode, AbbreviatedObjectId id) throws IOException {
    if (mode == FileMode.GITLINK) {
      return ("Subproject commit " + id.name() + "\n").getBytes(StandardCharsets.US_ASCII);
    }
    ObjectId objectId = id.toObjectId();
    byte[] cached = cache.get(objectId);
    if (cached != null) {
      return cached;
    }
    try {
      byte[] bytes = reader.open(objectId, Constants.OBJ_BLOB).getCachedBytes(Integer.MAX_VALUE);
      if (bytes.length < CACHE_BYTES / 16) {
        cachedBytes += bytes.length;
        cache.put(objectId, bytes);
      }
      return bytes;
    } catch (LargeObjectException e) {
      return null; // too large to hold: counted as binary, as git does above its big-file limit
    }
  }

  /**
   * Lines deleted (high 32 bits) and added (low 32 bits) from {@code a} to {@code b}, exactly as
   * git's xdiff decides them (see {@link XdiffLineCount}).
   */
  static long lineChanges(byte[] a, byte[] b) {
    return XdiffLineCount.count(a, b);
  }

  /** git's test: a NUL byte among the first 8,000. */
  static boolean isBinary(byte[] raw) {
    return raw == null || Bytes.hasNul(raw, 0, Math.min(raw.length, FIRST_FEW_BYTES));
  }

  /** Lines as git counts them: newlines, plus one for a last line without one. */
  static int lines(byte[] raw) {
    return XdiffLineCount.lines(raw, 0, raw.length);
  }
}
