package org.ossatlas.analytics.depth;

/** One row of an {@code ID-organizations.csv}: an organization (or a pool) and its share. */
public record Organization(String organization, long commits, long authors) {
  /** True for the two pools, which are not one organization. */
  public boolean pooled() {
    return organization.equals(OrganizationRules.INDEPENDENT)
        || organization.equals(OrganizationRules.OTHER);
  }
}
