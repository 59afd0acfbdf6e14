package org.ossatlas.harvester.git;

import java.io.IOException;
import java.net.URI;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

/**
 * A new clone of a repository on this machine starts from the source's pack files, hard-linked
 * (copied across file systems), as {@code git clone} does for a local path: a fetch through JGit
 * would have the source write a pack and this side index it again, every object inflated and
 * hashed. The fetch that follows finds the objects present and transfers only what no pack holds
 * (loose objects, objects of an alternate).
 */
final class LocalPacks {
  private LocalPacks() {}

  /** Seeds {@code clone}'s packs from {@code url} when it is a local repository; false if not. */
  static boolean seed(Path clone, String url) throws IOException {
    Optional<Path> source = packDir(url);
    if (source.isEmpty()) {
      return false;
    }
    Path target = clone.resolve("objects").resolve("pack");
    Files.createDirectories(target);
    int seeded = 0;
    try (DirectoryStream<Path> packs = Files.newDirectoryStream(source.get(), "pack-*.pack")) {
      for (Path pack : packs) {
        String base = pack.getFileName().toString().replaceFirst("\\.pack$", "");
        Path idx = pack.resolveSibling(base + ".idx");
        if (Files.isRegularFile(idx) && Files.notExists(target.resolve(base + ".pack"))) {
          // The index first: JGit ignores an index without its pack, not a pack without its index.
          place(idx, target.resolve(base + ".idx"));
          place(pack, target.resolve(base + ".pack"));
          seeded++;
        }
      }
    }
    return seeded > 0;
  }

  /** The objects/pack folder of a local bare or non-bare repository at {@code url}. */
  private static Optional<Path> packDir(String url) {
    Path path;
    try {
      if (url.startsWith("file://")) {
        path = Path.of(URI.create(url));
      } else if (url.startsWith("/")) {
        path = Path.of(url);
      } else {
        return Optional.empty();
      }
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
    for (Path gitDir : new Path[] {path, path.resolve(".git")}) {
      Path packs = gitDir.resolve("objects").resolve("pack");
      if (Files.isRegularFile(gitDir.resolve("HEAD")) && Files.isDirectory(packs)) {
        return Optional.of(packs);
      }
    }
    return Optional.empty();
  }

  /** A hard link, else a copy; through a temporary name, so a killed run leaves no half file. */
  private static void place(Path from, Path to) throws IOException {
    Path tmp = to.resolveSibling(".seed-" + to.getFileName());
    Files.deleteIfExists(tmp);
    try {
      Files.createLink(tmp, from);
    } catch (IOException | UnsupportedOperationException e) {
      Files.copy(from, tmp, StandardCopyOption.REPLACE_EXISTING);
    }
    Files.move(tmp, to, StandardCopyOption.ATOMIC_MOVE);
  }
}
