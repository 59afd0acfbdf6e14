package org.ossatlas.analytics.depth;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevObject;
import org.eclipse.jgit.revwalk.RevTag;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;

/**
 * Every tag of a bare clone the git source keeps under {@code data/git/ID.git}: all of {@code
 * refs/tags/}, whether or not the default branch reaches it (release tags often sit on release
 * branches). Dated by the annotated tag's tagger, else by the tagged commit's committer time; a tag
 * of a tree or a blob without a tagger has no date.
 */
public final class GitTags {
  private GitTags() {}

  /** The releases of the clone, oldest first; empty when there is no clone. */
  public static List<Release> read(Path bareClone) {
    if (Files.notExists(bareClone.resolve("HEAD"))) {
      return List.of();
    }
    List<Release> releases = new ArrayList<>();
    try (Repository repo =
            new FileRepositoryBuilder().setGitDir(bareClone.toFile()).setMustExist(true).build();
        RevWalk walk = new RevWalk(repo)) {
      for (Ref ref : repo.getRefDatabase().getRefsByPrefix(Constants.R_TAGS)) {
        String tag = ref.getName().substring(Constants.R_TAGS.length());
        releases.add(Release.of(tag, dateOf(walk, ref.getObjectId())));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("could not read the tags of " + bareClone, e);
    }
    releases.sort(Release.ORDER);
    return List.copyOf(releases);
  }

  private static Instant dateOf(RevWalk walk, ObjectId id) throws IOException {
    RevObject object = walk.parseAny(id);
    while (object instanceof RevTag tag) {
      PersonIdent tagger = tag.getTaggerIdent();
      if (tagger != null) {
        return tagger.getWhenAsInstant();
      }
      object = walk.parseAny(tag.getObject());
    }
    if (object instanceof RevCommit commit) {
      return Instant.ofEpochSecond(commit.getCommitTime());
    }
    return null;
  }
}
