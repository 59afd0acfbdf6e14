package org.ossatlas.site.render;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.ossatlas.site.model.ProjectRow;
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
                    Map.of("category", c, "rows", shown(c.projects()))));
  }

  /**
   * The projects a category page lists: all of them up to {@link ProjectListRenderer#PAGE_SIZE},
   * else the most active ones (the list of all projects, filtered by the category, has the rest): a
   * top-level category of a 10,000-project atlas holds thousands.
   */
  static List<ProjectRow> shown(List<ProjectRow> projects) {
    if (projects.size() <= ProjectListRenderer.PAGE_SIZE) {
      return projects;
    }
    return projects.stream()
        .sorted(
            Comparator.comparing(
                    (ProjectRow r) -> r.commits12m() == null ? -1 : r.commits12m(),
                    Comparator.reverseOrder())
                .thenComparing(r -> r.project().name().toLowerCase(Locale.ROOT))
                .thenComparing(r -> r.project().id()))
        .limit(ProjectListRenderer.PAGE_SIZE)
        .toList();
  }
}
