package org.ossatlas.site.render;

import java.util.Map;
import org.ossatlas.site.model.SiteModel;

/** {@code 404.html}, which the static host serves for any missing URL. */
public final class NotFoundRenderer implements Renderer {
  @Override
  public String name() {
    return "404";
  }

  @Override
  public void render(SiteModel site, SiteOutput out) {
    out.standalonePage(
        "404.html", "404.ftlh", "Page not found", "This page does not exist.", Map.of());
  }
}
