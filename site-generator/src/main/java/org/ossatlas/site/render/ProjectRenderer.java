package org.ossatlas.site.render;

import java.util.Comparator;
import java.util.Locale;
import java.util.Map;
import org.ossatlas.site.model.ProjectPage;
import org.ossatlas.site.model.SiteModel;

/** The list of all projects at {@code projects/} and one page per project. */
public final class ProjectRenderer implements Renderer {
  @Override
  public String name() {
    return "projects";
  }

  @Override
  public void render(SiteModel site, SiteOutput out) {
    out.page(
        "projects/",
        "projects.ftlh",
        "All projects",
        "All " + site.projects().size() + " projects of " + out.site().title() + ".",
        "projects",
        Map.of(
            "rows",
            site.projects().stream()
                .sorted(
                    Comparator.comparing((ProjectPage p) -> p.name().toLowerCase(Locale.ROOT))
                        .thenComparing(ProjectPage::id))
                .map(ProjectPage::row)
                .toList()));
    site.projects().parallelStream()
        .forEach(
            p ->
                out.page(
                    p.self().href(),
                    "project.ftlh",
                    p.name(),
                    p.summary().isEmpty()
                        ? p.name() + " in " + out.site().title() + "."
                        : p.summary(),
                    "projects",
                    Map.of("project", p)));
  }
}
