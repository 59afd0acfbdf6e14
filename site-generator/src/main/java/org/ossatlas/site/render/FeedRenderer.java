package org.ossatlas.site.render;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.ossatlas.site.model.Format;
import org.ossatlas.site.model.ProjectPage;
import org.ossatlas.site.model.Ref;
import org.ossatlas.site.model.SiteModel;

/**
 * {@code feed.xml}: an Atom feed with one entry per month of data, the newest first, written only
 * from the data (its timestamps are the ends of the months), so the same data gives the same feed.
 */
public final class FeedRenderer implements Renderer {
  static final int MONTHS = 12;
  static final int TOP = 5;

  /** A project's commits in the month of an entry. */
  public record MonthProject(Ref project, String commitsText) {}

  /** One monthly entry. */
  public record Entry(
      String month,
      String title,
      String updated,
      String commitsText,
      long activeProjects,
      List<MonthProject> top) {}

  @Override
  public String name() {
    return "feed";
  }

  @Override
  public void render(SiteModel site, SiteOutput out) {
    List<Entry> entries = entries(site);
    String updated = entries.isEmpty() ? "1970-01-01T00:00:00Z" : entries.get(0).updated();
    out.text("feed.xml", "feed.ftlx", Map.of("entries", entries, "updated", updated));
  }

  static List<Entry> entries(SiteModel site) {
    if (site.asOf() == null) {
      return List.of();
    }
    YearMonth last = YearMonth.parse(site.asOf());
    List<Entry> entries = new ArrayList<>();
    for (int i = 0; i < MONTHS; i++) {
      entries.add(entry(site, last.minusMonths(i)));
    }
    return entries;
  }

  private static Entry entry(SiteModel site, YearMonth month) {
    String key = month.toString();
    long total = 0;
    long active = 0;
    List<ProjectPage> busiest = new ArrayList<>();
    for (ProjectPage p : site.projects()) {
      long commits = p.metrics().commitsIn(key);
      total += commits;
      if (commits > 0) {
        active++;
        busiest.add(p);
      }
    }
    busiest.sort(
        Comparator.comparingLong((ProjectPage p) -> -p.metrics().commitsIn(key))
            .thenComparing(ProjectPage::id));
    List<MonthProject> top =
        busiest.stream()
            .limit(TOP)
            .map(p -> new MonthProject(p.self(), Format.count(p.metrics().commitsIn(key))))
            .toList();
    return new Entry(
        key,
        "Activity in " + Format.month(key),
        month.plusMonths(1).atDay(1) + "T00:00:00Z",
        Format.count(total),
        active,
        top);
  }
}
