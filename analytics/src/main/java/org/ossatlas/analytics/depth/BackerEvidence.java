package org.ossatlas.analytics.depth;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.neo4j.driver.Values;
import org.ossatlas.graph.GraphConnection;

/**
 * Evidence for the curated claims "backer B backs project P" (docs/metrics.md, "Backers'
 * evidence"): the human commits of P in the last 12 months whose author's e-mail domain is one of
 * B's {@code domains} or a sub-domain of one, and how many distinct authors made them. Stored on
 * the {@code BACKED_BY} relationships as {@code evidence_commits} and {@code evidence_authors};
 * absent when the backer has no domain to look for.
 */
public final class BackerEvidence {
  /** A curated claim and the domains that would support it. */
  public record Claim(String project, String backer, List<String> domains) {}

  /** What the commits say about a claim. */
  public record Evidence(String project, String backer, long commits, long authors) {}

  private BackerEvidence() {}

  /** Every (project, backer) pair of the graph with the backer's domains, sorted. */
  public static List<Claim> claims(GraphConnection graph) {
    return graph.read(
        tx ->
            tx.run(
                    """
                    MATCH (p:Project)-[:BACKED_BY]->(b:Backer)
                    RETURN DISTINCT p.id AS project, b.id AS backer,
                      coalesce(b.domains, []) AS domains
                    ORDER BY project, backer""")
                .list(
                    r ->
                        new Claim(
                            r.get("project").asString(),
                            r.get("backer").asString(),
                            r.get("domains").asList(v -> v.asString()))));
  }

  /**
   * @param commitsByProject human commits of the window by author key, per project
   * @param domainByAuthor each author key's e-mail domain
   */
  public static List<Evidence> evidence(
      List<Claim> claims,
      Map<String, Map<String, Long>> commitsByProject,
      Map<String, String> domainByAuthor) {
    List<Evidence> out = new ArrayList<>();
    for (Claim claim : claims) {
      if (claim.domains().isEmpty()) {
        continue;
      }
      long commits = 0;
      Set<String> authors = new HashSet<>();
      for (var e : commitsByProject.getOrDefault(claim.project(), Map.of()).entrySet()) {
        String domain = domainByAuthor.get(e.getKey());
        if (domain != null && matches(domain, claim.domains())) {
          commits += e.getValue();
          authors.add(e.getKey());
        }
      }
      out.add(new Evidence(claim.project(), claim.backer(), commits, authors.size()));
    }
    return out;
  }

  static boolean matches(String domain, List<String> backerDomains) {
    for (String d : backerDomains) {
      if (domain.equals(d) || domain.endsWith("." + d)) {
        return true;
      }
    }
    return false;
  }

  /** Replaces the evidence on every BACKED_BY relationship in one transaction. */
  public static void write(GraphConnection graph, List<Evidence> evidence) {
    List<Map<String, Object>> rows =
        evidence.stream()
            .map(
                e ->
                    Map.<String, Object>of(
                        "project", e.project(),
                        "backer", e.backer(),
                        "commits", e.commits(),
                        "authors", e.authors()))
            .toList();
    graph.write(
        tx -> {
          tx.run("MATCH ()-[r:BACKED_BY]->() REMOVE r.evidence_commits, r.evidence_authors")
              .consume();
          tx.run(
                  """
                  UNWIND $rows AS row
                  MATCH (:Project {id: row.project})-[r:BACKED_BY]->(:Backer {id: row.backer})
                  SET r.evidence_commits = row.commits, r.evidence_authors = row.authors""",
                  Values.parameters("rows", rows))
              .consume();
          return null;
        });
  }
}
