package org.ossatlas.site.render;

import java.util.Map;
import org.ossatlas.site.model.SiteModel;

/** One page per project ({@code projects/ID/}); the list is {@link ProjectListRenderer}'s. */
public final class ProjectRenderer implements Renderer {
  @Override
  public String name() {
    return "projects";
  }

  @Override
  public void render(SiteModel site, SiteOutput out) {
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
