package org.ossatlas.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * What a rendered site weighs against the host's limits: files, the largest file, the largest HTML
 * page, and the most the first search can download (the largest word file of the index plus the
 * entry files of a popup of 8 results, each at most the largest entry file).
 */
record SiteFiles(long files, long largestFile, long largestPage, long firstSearch) {
  static final int POPUP_RESULTS = 8;

  static SiteFiles of(Path site) throws IOException {
    List<Path> all;
    try (Stream<Path> walk = Files.walk(site)) {
      all = walk.filter(Files::isRegularFile).filter(p -> !p.endsWith(".checked")).toList();
    }
    long largest = 0;
    long page = 0;
    long words = 0;
    long entries = 0;
    for (Path p : all) {
      long size = Files.size(p);
      String rel = site.relativize(p).toString().replace('\\', '/');
      largest = Math.max(largest, size);
      if (rel.endsWith(".html")) {
        page = Math.max(page, size);
      } else if (rel.startsWith("search/words/")) {
        words = Math.max(words, size);
      } else if (rel.startsWith("search/entries/")) {
        entries = Math.max(entries, size);
      }
    }
    return new SiteFiles(all.size(), largest, page, words + POPUP_RESULTS * entries);
  }
}
