package org.ossatlas.site.render;

import org.ossatlas.site.model.SiteModel;

/**
 * Writes one family of the site's files (the project pages, the feed, the assets ...) from the page
 * models. Contract: write only under {@code out}, reference only files that exist or that another
 * renderer writes, and throw on any failure; the build then discards the whole output and the
 * published site stays as it was. Renderers run in the order {@code SiteBuilder} lists them.
 */
public interface Renderer {
  /** A short name for reports: {@code projects}, {@code feed}. */
  String name();

  void render(SiteModel site, SiteOutput out);
}
