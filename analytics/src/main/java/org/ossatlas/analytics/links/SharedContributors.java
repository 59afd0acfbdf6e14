package org.ossatlas.analytics.links;

import it.unimi.dsi.fastutil.longs.Long2IntOpenHashMap;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.Table;

/**
 * SHARES_CONTRIBUTORS: for each project, its {@value #TOP} strongest links by Jaccard similarity of
 * the author sets over the last 24 months, among projects sharing at least {@value #MIN_SHARED}
 * authors; a pair is kept when it is among the strongest of either project, and stored once.
 *
 * <p>Pairs are counted by walking the (author, project) rows sorted by author: an author in k
 * projects adds k(k−1)/2 pairs. A Tablesaw self-join on author did the same work an order of
 * magnitude slower.
 */
public final class SharedContributors {
  public static final int TOP = 5;
  public static final int MIN_SHARED = 2;

  private SharedContributors() {}

  /**
   * @param pairs distinct (project, author) rows: int columns {@code projectColumn} and {@code
   *     authorColumn}
   * @param projectCount projects are numbered 0 to projectCount − 1
   */
  public static List<ContributorLink> compute(
      Table pairs, String projectColumn, String authorColumn, int projectCount) {
    Table byAuthor = pairs.sortOn(authorColumn, projectColumn);
    IntColumn projects = byAuthor.intColumn(projectColumn);
    IntColumn authors = byAuthor.intColumn(authorColumn);
    long[] size = new long[projectCount];
    Long2IntOpenHashMap shared = new Long2IntOpenHashMap();
    int n = byAuthor.rowCount();
    int row = 0;
    while (row < n) {
      int end = row;
      while (end < n && authors.getInt(end) == authors.getInt(row)) {
        size[projects.getInt(end)]++;
        end++;
      }
      for (int i = row; i < end; i++) {
        for (int j = i + 1; j < end; j++) {
          shared.addTo(pair(projects.getInt(i), projects.getInt(j), projectCount), 1);
        }
      }
      row = end;
    }
    return strongest(candidates(shared, size, projectCount), projectCount);
  }

  private static List<ContributorLink> candidates(
      Long2IntOpenHashMap shared, long[] size, int projectCount) {
    List<ContributorLink> links = new ArrayList<>();
    for (var entry : shared.long2IntEntrySet()) {
      int common = entry.getIntValue();
      if (common < MIN_SHARED) {
        continue;
      }
      int from = (int) (entry.getLongKey() / projectCount);
      int to = (int) (entry.getLongKey() % projectCount);
      double jaccard = (double) common / (size[from] + size[to] - common);
      links.add(new ContributorLink(from, to, common, jaccard));
    }
    return links;
  }

  /** The links among the {@value #TOP} strongest of either end, in (from, to) order. */
  private static List<ContributorLink> strongest(List<ContributorLink> links, int projectCount) {
    List<List<ContributorLink>> byProject = new ArrayList<>();
    for (int p = 0; p < projectCount; p++) {
      byProject.add(new ArrayList<>());
    }
    for (ContributorLink link : links) {
      byProject.get(link.from()).add(link);
      byProject.get(link.to()).add(link);
    }
    Comparator<ContributorLink> pairOrder =
        Comparator.comparingInt(ContributorLink::from).thenComparingInt(ContributorLink::to);
    Comparator<ContributorLink> strength =
        Comparator.comparingDouble(ContributorLink::jaccard)
            .reversed()
            .thenComparing(Comparator.comparingLong(ContributorLink::shared).reversed())
            .thenComparing(pairOrder);
    TreeSet<ContributorLink> kept = new TreeSet<>(pairOrder);
    for (List<ContributorLink> own : byProject) {
      own.sort(strength);
      kept.addAll(own.subList(0, Math.min(TOP, own.size())));
    }
    return kept.stream()
        .map(l -> new ContributorLink(l.from(), l.to(), l.shared(), round(l.jaccard())))
        .toList();
  }

  private static long pair(int a, int b, int projectCount) {
    return a < b ? (long) a * projectCount + b : (long) b * projectCount + a;
  }

  private static double round(double value) {
    return Math.round(value * 10_000) / 10_000.0;
  }
}
