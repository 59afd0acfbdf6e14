package org.ossatlas.graph.sheets;

import java.util.List;
import java.util.regex.Pattern;

/** The closed value sets of the sheets and the id syntax (curated-sheets/README.md). */
public final class Vocabulary {
  public static final Pattern SLUG = Pattern.compile("[a-z0-9][a-z0-9-]*");

  /**
   * Ids name files and folders (pages, charts, metrics, checkpoints); file systems refuse names
   * over 255 bytes, and the longest derived name adds a suffix, so ids stay well below.
   */
  public static final int MAX_ID_LENGTH = 64;

  public static final List<String> BACKER_KINDS =
      List.of("company", "foundation", "university", "community", "person");
  public static final List<String> BACKER_ROLES =
      List.of("creator", "steward", "maintainer", "sponsor");
  public static final List<String> LINK_KINDS =
      List.of("docs", "paper", "talk", "article", "tutorial", "community");
  public static final List<String> RELATION_KINDS =
      List.of("depends-on", "fork-of", "successor-of", "alternative-to", "integrates-with");
  public static final List<String> SOURCES = List.of("github", "git", "auto");

  /** What an empty {@code source} cell means. */
  public static final String DEFAULT_SOURCE = "auto";

  private Vocabulary() {}

  public static boolean isSlug(String value) {
    return SLUG.matcher(value).matches();
  }
}
