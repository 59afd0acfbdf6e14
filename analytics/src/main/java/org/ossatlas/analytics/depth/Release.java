package org.ossatlas.analytics.depth;

import java.time.Instant;
import java.util.Comparator;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * One row of {@code ID-releases.csv}: a tag, when it was made (the annotated tag's date, else its
 * commit's; null when neither is known) and whether its name marks a pre-release.
 */
public record Release(String tag, Instant date, boolean prerelease) {
  /** Oldest first, undated last, then by tag. */
  public static final Comparator<Release> ORDER =
      Comparator.comparing(Release::date, Comparator.nullsLast(Comparator.naturalOrder()))
          .thenComparing(Release::tag);

  /**
   * A word of the name that marks a pre-release ({@code 2.0.0-rc1}, {@code v3.0.0-beta.2}, {@code
   * 1.0-SNAPSHOT}, {@code jackson-core-2.10.0.pr1}, {@code 4.0.0-M2}), or PEP 440's {@code 1.0a1},
   * {@code 1.0b2}, {@code 1.0rc1}, {@code 1.0.dev3}.
   */
  private static final Pattern PRE =
      Pattern.compile(
          "(?:^|[^a-z])(?:alpha|beta|rc|pre|preview|pr|dev|snapshot|nightly|canary|milestone|m|ea|"
              + "incubating)\\d*(?:[^a-z]|$)"
              + "|\\d(?:a|b|rc|c)\\d+(?:[^a-z]|$)");

  public static Release of(String tag, Instant date) {
    return new Release(tag, date, isPreRelease(tag));
  }

  public static boolean isPreRelease(String tag) {
    return PRE.matcher(tag.toLowerCase(Locale.ROOT)).find();
  }
}
