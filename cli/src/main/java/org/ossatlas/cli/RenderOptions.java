package org.ossatlas.cli;

import java.nio.file.Path;
import org.ossatlas.site.SiteOptions;
import picocli.CommandLine.Option;

/** How the site is rendered, shared by {@code render} and {@code site}. */
final class RenderOptions {
  @Option(
      names = "--base-url",
      paramLabel = "URL",
      defaultValue = SiteOptions.DEFAULT_BASE_URL,
      description =
          "Public URL of the site, for canonical links, the sitemap and the feed (default:"
              + " ${DEFAULT-VALUE}).")
  String baseUrl;

  @Option(
      names = "--templates",
      paramLabel = "DIR",
      description =
          "A folder shaped like the templates module (pages/, assets/) whose files win over the"
              + " built-in ones.")
  Path templates;

  SiteOptions siteOptions() {
    return new SiteOptions(baseUrl, templates);
  }
}
