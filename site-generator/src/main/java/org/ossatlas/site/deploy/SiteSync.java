package org.ossatlas.site.deploy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.ossatlas.site.check.CheckMarker;

/**
 * Makes a work tree hold exactly the site: copies new and changed files, deletes files that are
 * gone, leaves {@code .git} alone and never publishes the check marker.
 *
 * <p>The work tree is checked out from the deployment repository, which may be hostile: a symlink
 * there ({@code assets -> /some/dir}) would make the copy write outside the clone. Every symlink is
 * removed first and replaced by the site's real files, and every write is checked to stay inside.
 */
final class SiteSync {
  private SiteSync() {}

  static void mirror(Path site, Path tree) throws IOException {
    removeSymlinks(tree);
    Path inside = tree.toRealPath();
    Set<String> wanted = files(site);
    for (String rel : files(tree)) {
      if (!wanted.contains(rel)) {
        Files.delete(tree.resolve(rel));
      }
    }
    removeEmptyFolders(tree);
    for (String rel : wanted) {
      Path from = site.resolve(rel);
      Path to = tree.resolve(rel);
      if (!Files.isRegularFile(to)
          || !Arrays.equals(Files.readAllBytes(from), Files.readAllBytes(to))) {
        Files.createDirectories(to.getParent());
        if (!to.getParent().toRealPath().startsWith(inside)) {
          throw new IOException("refusing to write " + rel + " outside the work tree " + tree);
        }
        Files.copy(from, to, StandardCopyOption.REPLACE_EXISTING, LinkOption.NOFOLLOW_LINKS);
      }
    }
  }

  /**
   * Relative paths ({@code /}-separated) of the files under {@code root}, {@code .git} and the
   * marker left out.
   */
  private static Set<String> files(Path root) throws IOException {
    try (Stream<Path> walk = Files.walk(root)) {
      return walk.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS))
          .map(p -> root.relativize(p).toString().replace('\\', '/'))
          .filter(rel -> !rel.equals(".git") && !rel.startsWith(".git/"))
          .filter(rel -> !rel.equals(CheckMarker.FILE))
          .collect(Collectors.toCollection(java.util.TreeSet::new));
    }
  }

  /** Deletes every symbolic link under {@code tree} (the link, never what it points to). */
  private static void removeSymlinks(Path tree) throws IOException {
    List<Path> links;
    try (Stream<Path> walk = Files.walk(tree)) {
      links =
          walk.filter(p -> !p.equals(tree))
              .filter(p -> !tree.relativize(p).getName(0).toString().equals(".git"))
              .filter(Files::isSymbolicLink)
              .toList();
    }
    for (Path link : links) {
      Files.delete(link);
    }
  }

  private static void removeEmptyFolders(Path tree) throws IOException {
    List<Path> dirs;
    try (Stream<Path> walk = Files.walk(tree)) {
      dirs =
          walk.filter(Files::isDirectory)
              .filter(d -> !d.equals(tree))
              .filter(d -> !tree.relativize(d).toString().startsWith(".git"))
              .sorted(Comparator.reverseOrder())
              .toList();
    }
    for (Path d : dirs) {
      try (Stream<Path> entries = Files.list(d)) {
        if (entries.findAny().isEmpty()) {
          Files.delete(d);
        }
      }
    }
  }
}
