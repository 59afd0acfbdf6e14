package org.ossatlas.importer;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;

/** Ids for imported rows: slugs ({@code [a-z0-9][a-z0-9-]*}) made from names, kept unique. */
final class Slugs {
  private Slugs() {}

  /**
   * {@code "Open Platform for Enterprise AI (OPEA)"} → {@code
   * open-platform-for-enterprise-ai-opea}.
   */
  static String of(String text) {
    String ascii = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
    String slug =
        ascii
            .toLowerCase(Locale.ROOT)
            .replace("&", " and ")
            .replace("+", " plus ")
            .replaceAll("[^a-z0-9]+", "-")
            .replaceAll("^-+", "")
            .replaceAll("-+$", "");
    return slug.isEmpty() ? "item" : slug;
  }

  /**
   * {@code base}, else {@code base-qualifier} (the repository owner, say), else {@code base-2},
   * {@code base-3} …: the first that {@code taken} does not hold.
   */
  static String unique(String base, String qualifier, Set<String> taken) {
    if (!taken.contains(base)) {
      return base;
    }
    if (qualifier != null) {
      String qualified = base + "-" + of(qualifier);
      if (!taken.contains(qualified)) {
        return qualified;
      }
    }
    for (int n = 2; ; n++) {
      String numbered = base + "-" + n;
      if (!taken.contains(numbered)) {
        return numbered;
      }
    }
  }
}
