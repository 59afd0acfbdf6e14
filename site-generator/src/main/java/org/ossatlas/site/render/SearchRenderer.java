package org.ossatlas.site.render;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.ossatlas.site.model.BackerPage;
import org.ossatlas.site.model.CategoryPage;
import org.ossatlas.site.model.ProjectPage;
import org.ossatlas.site.model.SiteModel;

/**
 * The search: an index in pieces ({@link SearchIndex}: every project, category and backer with a
 * short text), which the script searches in the browser, and {@code search/}, which shows the
 * script's results for {@code ?q=} and, without a script, the categories A–Z and the way to the
 * lists of projects and backers (an A–Z of 10,000 projects would be a page of megabytes).
 */
public final class SearchRenderer implements Renderer {

  /** One searchable page; {@code href} is relative to the site root. */
  public record Entry(String kind, String name, String href, String text, String context) {}

  @Override
  public String name() {
    return "search";
  }

  @Override
  public void render(SiteModel site, SiteOutput out) {
    List<Entry> entries = entries(site);
    SearchIndex.files(entries).entrySet().parallelStream()
        .forEach(f -> out.write(f.getKey(), f.getValue()));
    out.page(
        "search/",
        "search.ftlh",
        "Search",
        "Search and browse every project, category and backer of " + out.site().title() + ".",
        "search",
        Map.of(
            "entries",
            entries.stream().filter(e -> e.kind().equals("category")).toList(),
            "projects",
            site.projects().size(),
            "backers",
            site.backers().size()));
  }

  static List<Entry> entries(SiteModel site) {
    List<Entry> entries = new ArrayList<>();
    for (ProjectPage p : site.projects()) {
      String context = p.row().primaryCategory() == null ? "" : p.row().primaryCategory().name();
      entries.add(new Entry("project", p.name(), p.self().href(), p.summary(), context));
    }
    for (CategoryPage c : site.categories()) {
      entries.add(
          new Entry(
              "category",
              c.name(),
              c.self().href(),
              c.summary(),
              c.projects().size() + " projects"));
    }
    for (BackerPage b : site.backers()) {
      entries.add(
          new Entry(
              "backer", b.name(), b.self().href(), b.summary(), b.kind() == null ? "" : b.kind()));
    }
    entries.sort(
        Comparator.comparing((Entry e) -> e.name().toLowerCase(Locale.ROOT))
            .thenComparing(Entry::kind)
            .thenComparing(Entry::href));
    return List.copyOf(entries);
  }
}
