package org.ossatlas.site.render;

import org.ossatlas.site.model.SiteModel;

/** The hashed stylesheet, script and icons under {@code assets/}. */
public final class AssetRenderer implements Renderer {
  private final Assets assets;

  public AssetRenderer(Assets assets) {
    this.assets = assets;
  }

  @Override
  public String name() {
    return "assets";
  }

  @Override
  public void render(SiteModel site, SiteOutput out) {
    assets.all().forEach(a -> out.write(a.path(), a.bytes()));
  }
}
