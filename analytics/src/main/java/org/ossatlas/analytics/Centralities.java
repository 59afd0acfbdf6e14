package org.ossatlas.analytics;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ossatlas.analytics.graph.Catalog;
import org.ossatlas.analytics.links.ContributorLink;
import org.ossatlas.analytics.links.PageRank;

/**
 * The graph the centrality runs on: every project, each RELATED pair as an undirected edge of
 * weight 1 (whatever its kind and direction, once per pair), plus each SHARES_CONTRIBUTORS link
 * weighted by its Jaccard similarity.
 */
final class Centralities {
  private Centralities() {}

  static double[] pageRank(Catalog catalog, List<ContributorLink> links) {
    List<String> ids = catalog.projectIds();
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < ids.size(); i++) {
      index.put(ids.get(i), i);
    }
    PageRank pageRank = new PageRank(ids.size());
    Set<Long> related = new HashSet<>();
    for (Catalog.Relation r : catalog.related()) {
      Integer a = index.get(r.from());
      Integer b = index.get(r.to());
      if (a != null && b != null && !a.equals(b)) {
        long pair = Math.min(a, b) * (long) ids.size() + Math.max(a, b);
        if (related.add(pair)) {
          pageRank.edge(a, b, 1.0);
        }
      }
    }
    for (ContributorLink link : links) {
      pageRank.edge(link.from(), link.to(), link.jaccard());
    }
    return pageRank.run();
  }
}
