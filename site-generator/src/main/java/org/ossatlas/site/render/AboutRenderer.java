package org.ossatlas.site.render;

import java.util.LinkedHashMap;
import java.util.Map;
import org.ossatlas.site.model.PublishedFiles;
import org.ossatlas.site.model.SiteModel;

/** The about page: what the site is, every metric's definition, the open data. */
public final class AboutRenderer implements Renderer {
  private final PublishedFiles files;

  public AboutRenderer(PublishedFiles files) {
    this.files = files;
  }

  @Override
  public String name() {
    return "about";
  }

  @Override
  public void render(SiteModel site, SiteOutput out) {
    Map<String, Object> model = new LinkedHashMap<>();
    model.put("definitions", site.definitions().all());
    model.put("home", site.home());
    model.put("summaryCsv", files.projectSummaryCsv().orElse(""));
    out.page(
        "about/",
        "about.ftlh",
        "About the data",
        "How " + out.site().title() + " is made and what every metric means.",
        "about",
        model);
  }
}
