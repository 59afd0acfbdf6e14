package org.ossatlas.site.model;

import java.util.ArrayList;
import java.util.List;

/**
 * A curated "backer backs project" claim that no commit of the last 12 months supports: for
 * curators, on the status page only (a project page never accuses a backer).
 */
public record UnsupportedClaim(Ref project, Ref backer, String roles) {
  /** The unsupported claims of every project, in project order. */
  public static List<UnsupportedClaim> of(List<ProjectPage> projects) {
    List<UnsupportedClaim> claims = new ArrayList<>();
    for (ProjectPage p : projects) {
      for (BackerRole b : p.backers()) {
        if (b.unsupported()) {
          claims.add(new UnsupportedClaim(p.self(), b.backer(), b.roles()));
        }
      }
    }
    return List.copyOf(claims);
  }
}
