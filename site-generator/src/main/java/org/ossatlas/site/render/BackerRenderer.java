package org.ossatlas.site.render;

import java.util.Comparator;
import java.util.Locale;
import java.util.Map;
import org.ossatlas.site.model.BackerPage;
import org.ossatlas.site.model.SiteModel;

/** The list of backers at {@code backers/} and one page per backer. */
public final class BackerRenderer implements Renderer {
  @Override
  public String name() {
    return "backers";
  }

  @Override
  public void render(SiteModel site, SiteOutput out) {
    out.page(
        "backers/",
        "backers.ftlh",
        "Backers",
        "The companies, foundations, universities and communities behind the projects.",
        "backers",
        Map.of(
            "backers",
            site.backers().stream()
                .sorted(
                    Comparator.comparing((BackerPage b) -> b.name().toLowerCase(Locale.ROOT))
                        .thenComparing(BackerPage::id))
                .toList()));
    site.backers().parallelStream()
        .forEach(
            b ->
                out.page(
                    b.self().href(),
                    "backer.ftlh",
                    b.name(),
                    b.summary().isEmpty() ? "Projects backed by " + b.name() + "." : b.summary(),
                    "backers",
                    Map.of("backer", b)));
  }
}
