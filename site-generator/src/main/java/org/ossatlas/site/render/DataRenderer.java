package org.ossatlas.site.render;

import org.ossatlas.site.model.PublishedFiles;
import org.ossatlas.site.model.SiteModel;

/**
 * The charts and CSV files that pages reference, copied from the analytics' output ({@code
 * charts/...}, {@code data/...}). Runs after the pages, which decide what is referenced.
 */
public final class DataRenderer implements Renderer {
  private final PublishedFiles files;

  public DataRenderer(PublishedFiles files) {
    this.files = files;
  }

  @Override
  public String name() {
    return "charts and data";
  }

  @Override
  public void render(SiteModel site, SiteOutput out) {
    files.used().forEach(out::copy);
  }
}
