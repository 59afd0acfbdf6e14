package org.ossatlas.site.render;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
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
 * The search: {@code search-index.json} (every project, category and backer with a short text),
 * which the script filters in the browser, and {@code search/}, an A–Z list of the same entries
 * that works without JavaScript and shows the script's results for {@code ?q=}.
 */
public final class SearchRenderer implements Renderer {
  static final String INDEX = "search-index.json";

  /** One searchable page; {@code href} is relative to the site root. */
  public record Entry(String kind, String name, String href, String text, String context) {}

  @Override
  public String name() {
    return "search";
  }

  @Override
  public void render(SiteModel site, SiteOutput out) {
    List<Entry> entries = entries(site);
    try {
      byte[] json = new ObjectMapper().writeValueAsBytes(Map.of("entries", entries));
      out.write(INDEX, json);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("could not write the search index", e);
    }
    out.page(
        "search/",
        "search.ftlh",
        "Search",
        "Search and browse every project, category and backer of " + out.site().title() + ".",
        "search",
        Map.of("entries", entries));
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
