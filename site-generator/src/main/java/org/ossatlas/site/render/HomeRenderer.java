package org.ossatlas.site.render;

import java.util.Map;
import org.ossatlas.site.model.SiteModel;

/** The index page. */
public final class HomeRenderer implements Renderer {
  @Override
  public String name() {
    return "home";
  }

  @Override
  public void render(SiteModel site, SiteOutput out) {
    out.page(
        "",
        "index.ftlh",
        out.site().title(),
        out.site().tagline(),
        "home",
        Map.of("home", site.home()));
  }
}
