package org.ossatlas.analytics.depth;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The organizations of one project, category or backer over a window: named domains first (most
 * commits first, then most authors, then by name), then {@value OrganizationRules#OTHER}, then
 * {@value OrganizationRules#INDEPENDENT}; pools appear only when they hold commits. The elephant
 * factor is computed on the domains before pooling, so a published factor never needs a published
 * personal domain.
 *
 * @param elephantFactor CHAOSS elephant factor, null when no commit came from an organization
 */
public record OrganizationTable(List<Organization> rows, Integer elephantFactor) {
  public static final OrganizationTable EMPTY = new OrganizationTable(List.of(), null);

  private static final Comparator<Organization> ORDER =
      Comparator.comparingLong(Organization::commits)
          .reversed()
          .thenComparing(Comparator.comparingLong(Organization::authors).reversed())
          .thenComparing(Organization::organization);

  /**
   * @param commitsByAuthor human commits in the window by author key ({@code ""}: commits without a
   *     key, counted but never an author)
   * @param domainByAuthor the author's e-mail domain ({@code data/author-domains.csv.gz})
   */
  public static OrganizationTable of(
      Map<String, Long> commitsByAuthor, Map<String, String> domainByAuthor) {
    Map<String, long[]> commitsByDomain = new HashMap<>();
    Map<String, Set<String>> authorsByDomain = new HashMap<>();
    long independentCommits = 0;
    Set<String> independentAuthors = new HashSet<>();
    for (Map.Entry<String, Long> e : commitsByAuthor.entrySet()) {
      String key = e.getKey();
      String domain = key.isEmpty() ? null : domainByAuthor.get(key);
      if (OrganizationRules.independent(domain)) {
        independentCommits += e.getValue();
        if (!key.isEmpty()) {
          independentAuthors.add(key);
        }
      } else {
        commitsByDomain.computeIfAbsent(domain, d -> new long[1])[0] += e.getValue();
        authorsByDomain.computeIfAbsent(domain, d -> new HashSet<>()).add(key);
      }
    }
    List<Organization> named = new ArrayList<>();
    long otherCommits = 0;
    long otherAuthors = 0;
    for (Map.Entry<String, long[]> e : commitsByDomain.entrySet()) {
      int authors = authorsByDomain.get(e.getKey()).size();
      if (authors >= OrganizationRules.MIN_AUTHORS) {
        named.add(new Organization(e.getKey(), e.getValue()[0], authors));
      } else {
        otherCommits += e.getValue()[0];
        otherAuthors += authors;
      }
    }
    named.sort(ORDER);
    List<Organization> rows = new ArrayList<>(named);
    if (otherCommits > 0) {
      rows.add(new Organization(OrganizationRules.OTHER, otherCommits, otherAuthors));
    }
    if (independentCommits > 0) {
      rows.add(
          new Organization(
              OrganizationRules.INDEPENDENT, independentCommits, independentAuthors.size()));
    }
    return new OrganizationTable(List.copyOf(rows), elephantFactor(commitsByDomain));
  }

  /**
   * The fewest organizations whose commits together reach half of all organization commits
   * (independents excluded), largest first. Null without organization commits.
   */
  static Integer elephantFactor(Map<String, long[]> commitsByDomain) {
    long[] commits = commitsByDomain.values().stream().mapToLong(c -> c[0]).sorted().toArray();
    long total = 0;
    for (long c : commits) {
      total += c;
    }
    if (total == 0) {
      return null;
    }
    long sum = 0;
    int n = 0;
    for (int i = commits.length - 1; i >= 0; i--) {
      sum += commits[i];
      n++;
      if (2 * sum >= total) {
        break;
      }
    }
    return n;
  }
}
