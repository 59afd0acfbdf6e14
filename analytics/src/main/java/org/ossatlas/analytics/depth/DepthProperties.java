package org.ossatlas.analytics.depth;

import java.util.List;

/**
 * The graph properties the depth figures add (docs/graph.md, "Computed"): written by {@code
 * analyze} and removed before each write like every computed property.
 */
public final class DepthProperties {
  public static final String LATEST_RELEASE_TAG = "latest_release_tag";
  public static final String LATEST_RELEASE_DATE = "latest_release_date";
  public static final String RELEASES = "releases";
  public static final String RELEASES_LAST_12_MONTHS = "releases_last_12_months";
  public static final String ELEPHANT_FACTOR = "elephant_factor";
  public static final String ORGANIZATIONS = "organizations";
  public static final String ORGANIZATION_COMMITS = "organization_commits";
  public static final String ORGANIZATION_AUTHORS = "organization_authors";
  public static final String STARS = "stars";
  public static final String FORKS = "forks";
  public static final String LICENSE = "license";
  public static final String LANGUAGE = "language";
  public static final String TOPICS = "topics";
  public static final String ARCHIVED = "archived";
  public static final String IS_FORK = "is_fork";

  public static final List<String> ALL =
      List.of(
          LATEST_RELEASE_TAG,
          LATEST_RELEASE_DATE,
          RELEASES,
          RELEASES_LAST_12_MONTHS,
          ELEPHANT_FACTOR,
          ORGANIZATIONS,
          ORGANIZATION_COMMITS,
          ORGANIZATION_AUTHORS,
          STARS,
          FORKS,
          LICENSE,
          LANGUAGE,
          TOPICS,
          ARCHIVED,
          IS_FORK);

  private DepthProperties() {}
}
