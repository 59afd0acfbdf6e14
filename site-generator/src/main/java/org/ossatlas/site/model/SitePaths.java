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

  public static String csv(String family, String id) {
    return "data/" + family + "/" + id + ".csv";
  }

  /**
   * The monthly series of every project whose primary category is {@code categoryId}, in one file
   * (a folder of its own, so no category id can collide with another file).
   */
  public static String projectBundle(String categoryId) {
    return "data/projects-by-category/" + categoryId + ".csv";
  }
}
