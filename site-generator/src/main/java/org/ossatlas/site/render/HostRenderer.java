package org.ossatlas.site.render;

import java.util.Map;
import org.ossatlas.site.model.SiteModel;

/**
 * What the static host and crawlers read: {@code robots.txt} and Cloudflare Pages' {@code _headers}
 * (the Content-Security-Policy and caching rules).
 */
public final class HostRenderer implements Renderer {
  @Override
  public String name() {
    return "host files";
  }

  @Override
  public void render(SiteModel site, SiteOutput out) {
    out.text("robots.txt", "robots.txt.ftl", Map.of());
    out.text("_headers", "_headers.ftl", Map.of());
  }
}
