package org.ossatlas.site.render;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.ossatlas.site.model.CategoryPage;
import org.ossatlas.site.model.ProjectPage;
import org.ossatlas.site.model.ProjectRow;
import org.ossatlas.site.model.Ref;
import org.ossatlas.site.model.SiteModel;

/**
 * The list of all projects: pages of {@value #PAGE_SIZE} rows A to Z ({@code projects/}, {@code
 * projects/page/2/} ...), which work without a script, and {@code projects/index.json}, the compact
 * list the script sorts and filters over in the browser. A single page of 10,000 rows weighed 6.7
 * MB and no audit finished on it; a page of 100 is as fast as any other page.
 */
public final class ProjectListRenderer implements Renderer {
  /** Rows per page of the list, and at most on a category page. */
  public static final int PAGE_SIZE = 100;

  static final String JSON = "projects/index.json";

  /** The pager of one list page: its number, the count, and the links to show. */
  public record Pager(int current, int total, String previous, String next, List<PageLink> links) {}

  /** One entry of the pager: a page number with its href, or a gap ({@code href} null). */
  public record PageLink(int number, String href, boolean current) {}

  @Override
  public String name() {
    return "project list";
  }

  @Override
  public void render(SiteModel site, SiteOutput out) {
    List<ProjectRow> rows =
        site.projects().stream()
            .sorted(
                Comparator.comparing((ProjectPage p) -> p.name().toLowerCase(Locale.ROOT))
                    .thenComparing(ProjectPage::id))
            .map(ProjectPage::row)
            .toList();
    List<Ref> categories =
        site.categories().stream()
            .map(CategoryPage::self)
            .sorted(
                Comparator.comparing((Ref c) -> c.name().toLowerCase(Locale.ROOT))
                    .thenComparing(Ref::id))
            .toList();
    int pages = Math.max(1, (rows.size() + PAGE_SIZE - 1) / PAGE_SIZE);
    for (int page = 1; page <= pages; page++) {
      int from = (page - 1) * PAGE_SIZE;
      List<ProjectRow> slice = rows.subList(from, Math.min(rows.size(), from + PAGE_SIZE));
      out.page(
          href(page),
          "projects.ftlh",
          page == 1 ? "All projects" : "All projects, page " + page + " of " + pages,
          "All " + rows.size() + " projects of " + out.site().title() + ".",
          "projects",
          Map.of(
              "rows",
              slice,
              "total",
              rows.size(),
              "first",
              slice.isEmpty() ? 0 : from + 1,
              "last",
              from + slice.size(),
              "pager",
              pager(page, pages),
              "categories",
              categories,
              "json",
              JSON));
    }
    out.write(JSON, ProjectListJson.of(site));
  }

  /** {@code projects/} for the first page, {@code projects/page/N/} for the others. */
  static String href(int page) {
    return page == 1 ? "projects/" : "projects/page/" + page + "/";
  }

  /** The first, the last, and two on each side of the current page; gaps between them. */
  static Pager pager(int current, int total) {
    List<PageLink> links = new ArrayList<>();
    int last = 0;
    for (int n = 1; n <= total; n++) {
      if (n == 1 || n == total || Math.abs(n - current) <= 2) {
        if (n - last > 1) {
          links.add(new PageLink(0, null, false));
        }
        links.add(new PageLink(n, href(n), n == current));
        last = n;
      }
    }
    return new Pager(
        current,
        total,
        current > 1 ? href(current - 1) : null,
        current < total ? href(current + 1) : null,
        List.copyOf(links));
  }
}
