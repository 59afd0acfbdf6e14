package org.ossatlas.site.model;

/**
 * Where each page, chart and data file lives in the site, relative to its root. Pages are folders
 * with an {@code index.html} so that URLs end in a slash and never in {@code .html}.
 */
public final class SitePaths {
  private SitePaths() {}

  public static String project(String id) {
    return "projects/" + id + "/";
  }

  public static String category(String id) {
    return "categories/" + id + "/";
  }

  public static String backer(String id) {
    return "backers/" + id + "/";
  }

  /** The file a page URL is written to: {@code projects/x/} to {@code projects/x/index.html}. */
  public static String file(String pageHref) {
    return pageHref.isEmpty() || pageHref.endsWith("/") ? pageHref + "index.html" : pageHref;
  }

  /** The chart of {@code family} ({@code projects}, {@code categories}, {@code backers}). */
  public static String chart(String family, String id) {
    return "charts/" + family + "/" + id + ".svg";
  }

  public static String sparkline(String projectId) {
    return "charts/projects/" + projectId + ".spark.svg";
  }

  public static String csv(String family, String id) {
    return "data/" + family + "/" + id + ".csv";
  }
}
