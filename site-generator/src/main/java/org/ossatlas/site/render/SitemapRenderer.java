package org.ossatlas.site.render;

import java.util.Map;
import org.ossatlas.site.model.SiteModel;

/** {@code sitemap.xml} of every listed page; runs after all page renderers. */
public final class SitemapRenderer implements Renderer {
  @Override
  public String name() {
    return "sitemap";
  }

  @Override
  public void render(SiteModel site, SiteOutput out) {
    out.text("sitemap.xml", "sitemap.ftlx", Map.of("pages", out.pages()));
  }
}
