package org.ossatlas.site.model;

import java.util.List;

/**
 * Text alternatives for charts, written from the same series the chart draws, so a screen reader or
 * a text browser gets the gist: period, recent total and the busiest month.
 */
public final class ChartText {
  private ChartText() {}

  /** For the activity chart of {@code subject}. */
  public static String activity(String subject, Metrics m) {
    List<String> months = m.seriesMonths();
    List<Long> commits = m.seriesCommits();
    if (months == null || months.isEmpty() || commits == null || commits.isEmpty()) {
      return "Monthly commits of " + subject + ".";
    }
    int peak = 0;
    for (int i = 1; i < Math.min(months.size(), commits.size()); i++) {
      if (commits.get(i) > commits.get(peak)) {
        peak = i;
      }
    }
    StringBuilder s = new StringBuilder();
    s.append("Monthly commits of ")
        .append(subject)
        .append(", ")
        .append(Format.month(months.get(0)))
        .append(" to ")
        .append(Format.month(months.get(months.size() - 1)))
        .append('.');
    if (m.commits12m() != null) {
      s.append(" Last 12 months: ").append(Format.count(m.commits12m())).append(" commits");
      if (m.commits12mChange() != null) {
        s.append(" (").append(Format.change(m.commits12mChange())).append(" on the year before)");
      }
      s.append('.');
    }
    s.append(" Busiest month: ")
        .append(Format.month(months.get(peak)))
        .append(" with ")
        .append(Format.count(commits.get(peak)))
        .append(" commits.");
    return s.toString();
  }

  /** For a sparkline in a table row. */
  public static String sparkline(String subject, Metrics m) {
    String trend = m.trend() == null ? "" : ", " + m.trend();
    return "Commits of " + subject + " per month" + trend;
  }
}
