package org.ossatlas.site.render;

import java.util.Map;
import org.ossatlas.site.model.SiteModel;

/** The category tree at {@code categories/} and one page per category. */
public final class CategoryRenderer implements Renderer {
  @Override
  public String name() {
    return "categories";
  }

  @Override
  public void render(SiteModel site, SiteOutput out) {
    out.page(
        "categories/",
        "categories.ftlh",
        "Categories",
        "Every category of " + out.site().title() + ", with its subcategories and projects.",
        "categories",
        Map.of("tree", site.home().tree()));
    site.categories().parallelStream()
        .forEach(
            c ->
                out.page(
                    c.self().href(),
                    "category.ftlh",
                    c.name(),
                    c.summary().isEmpty() ? "Projects in " + c.name() + "." : c.summary(),
                    "categories",
                    Map.of("category", c)));
  }
}
