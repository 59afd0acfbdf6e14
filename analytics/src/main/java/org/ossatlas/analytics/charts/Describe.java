package org.ossatlas.analytics.charts;

import java.util.Locale;

/** The one-sentence summaries charts carry in {@code <desc>} for those who cannot see them. */
final class Describe {
  private Describe() {}

  /** The activity of a project, category or backer in the last 12 months. */
  static String activity(String subject, ChartFacts facts) {
    if (facts.commits12m() == null) {
      return subject + " has no commits harvested yet.";
    }
    StringBuilder s = new StringBuilder();
    s.append("In the 12 months to ")
        .append(facts.asOf())
        .append(", ")
        .append(subject)
        .append(" had ")
        .append(count(facts.commits12m(), "commit"))
        .append(" by ")
        .append(count(facts.authors12m(), "author"));
    if (facts.change() != null) {
      long percent = Math.round(facts.change() * 100);
      s.append(percent >= 0 ? ", up " : ", down ")
          .append(Math.abs(percent))
          .append("% on the 12 months before");
    }
    if (facts.trend() != null) {
      s.append("; trend: ").append(facts.trend());
    }
    return s.append('.').toString();
  }

  static String count(Long n, String noun) {
    long value = n == null ? 0 : n;
    return String.format(Locale.ROOT, "%,d %s%s", value, noun, value == 1 ? "" : "s");
  }
}
