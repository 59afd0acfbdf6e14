package org.ossatlas.site.model;

/** A link to another page of the site: {@code href} is relative to the site root. */
public record Ref(String id, String name, String href) {

  public static Ref project(String id, String name) {
    return new Ref(id, name == null ? id : name, SitePaths.project(id));
  }

  public static Ref category(String id, String name) {
    return new Ref(id, name == null ? id : name, SitePaths.category(id));
  }

  public static Ref backer(String id, String name) {
    return new Ref(id, name == null ? id : name, SitePaths.backer(id));
  }
}
