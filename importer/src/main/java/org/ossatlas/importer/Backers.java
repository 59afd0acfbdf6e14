package org.ossatlas.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Backer names and kinds guessed from what a landscape gives: a Crunchbase organization slug. */
final class Backers {
  private static final Set<String> SMALL_WORDS = Set.of("of", "and", "the", "for", "de", "at");

  private Backers() {}

  /**
   * {@code university-of-california-berkeley} → "University of California Berkeley"; Crunchbase's
   * disambiguating suffixes ({@code h2o-2}, {@code maiot-c7f4}) are dropped.
   */
  static String nameFromSlug(String slug) {
    String s = slug.toLowerCase(Locale.ROOT).replaceAll("-(\\d+|[0-9a-f]*\\d[0-9a-f]*)$", "");
    if (s.isEmpty()) {
      s = slug;
    }
    List<String> words = new ArrayList<>();
    for (String word : s.split("-+")) {
      if (word.isEmpty()) {
        continue;
      }
      boolean small = !words.isEmpty() && SMALL_WORDS.contains(word);
      words.add(small ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1));
    }
    return String.join(" ", words);
  }

  /** {@code foundation}, {@code university} or {@code company}, from words in the name. */
  static String guessKind(String name) {
    String n = " " + name.toLowerCase(Locale.ROOT) + " ";
    if (n.contains(" foundation ") || n.contains(" association ") || n.contains(" consortium ")) {
      return "foundation";
    }
    if (n.contains(" university ")
        || n.contains(" universit")
        || n.contains(" college ")
        || n.contains(" institute of technology ")
        || n.contains(" school ")
        || n.contains(" inria ")) {
      return "university";
    }
    if (n.contains(" project ") || n.contains(" community ") || n.contains(" team ")) {
      return "community";
    }
    return "company";
  }
}
