package org.ossatlas.graph.sheets;

import java.util.Collection;
import java.util.Locale;
import org.apache.commons.text.similarity.LevenshteinDistance;

/** "Did you mean" for misspelt ids, columns and enum values. */
final class Suggestions {
  private static final LevenshteinDistance DISTANCE = LevenshteinDistance.getDefaultInstance();

  private Suggestions() {}

  /**
   * The candidate closest to {@code value} (ignoring case), or null when none is close enough to be
   * a plausible typo: at most a third of the longer word differs, and at least two characters may.
   */
  static String closest(String value, Collection<String> candidates) {
    String wanted = value.toLowerCase(Locale.ROOT);
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String candidate : candidates) {
      int d = DISTANCE.apply(wanted, candidate.toLowerCase(Locale.ROOT));
      int allowed = Math.max(2, Math.max(wanted.length(), candidate.length()) / 3);
      boolean better =
          d < bestDistance || (d == bestDistance && best != null && candidate.compareTo(best) < 0);
      if (d <= allowed && better) {
        best = candidate;
        bestDistance = d;
      }
    }
    return best;
  }

  /** {@code did you mean `x`?}, or null when nothing is close. */
  static String didYouMean(String value, Collection<String> candidates) {
    String closest = closest(value, candidates);
    return closest == null ? null : "did you mean `" + closest + "`?";
  }
}
