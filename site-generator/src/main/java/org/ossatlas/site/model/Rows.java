package org.ossatlas.site.model;

import java.util.Map;

/** Builds table rows of projects from the map that {@link #CYPHER} projects from {@code p}. */
final class Rows {
  /** The row fields of project {@code p}; needs {@code pc}, its primary category (may be null). */
  static final String CYPHER =
      "{id: p.id, name: p.name, primary_id: pc.id, primary_name: pc.name,"
          + " commits_12m: p.commits_12m, authors_12m: p.authors_12m,"
          + " commits_12m_change: p.commits_12m_change, trend: p.trend,"
          + " last_commit: p.last_commit}";

  private Rows() {}

  static ProjectRow row(Map<String, Object> r, ModelContext context) {
    String id = (String) r.get("id");
    String name = r.get("name") == null ? id : r.get("name").toString();
    Metrics m = Metrics.from(r);
    Ref primary =
        r.get("primary_id") == null
            ? null
            : Ref.category((String) r.get("primary_id"), (String) r.get("primary_name"));
    Chart spark = context.files().sparkline(id, ChartText.sparkline(name, m));
    return new ProjectRow(
        Ref.project(id, name),
        primary,
        m.commits12m(),
        Format.count(m.commits12m()),
        m.authors12m(),
        Format.count(m.authors12m()),
        m.commits12mChange(),
        Format.change(m.commits12mChange()),
        m.trend(),
        m.lastCommit(),
        Format.date(m.lastCommit()),
        spark);
  }
}
