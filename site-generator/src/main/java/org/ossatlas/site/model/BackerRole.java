package org.ossatlas.site.model;

/**
 * A backer of a project, with its roles ({@code creator, maintainer}) and what the commits say
 * about the claim (docs/metrics.md, "Backers' evidence").
 *
 * @param evidence "25 commits by 6 people from nvidia.com, last 12 months"; null when there is none
 *     or nothing to look for
 * @param unsupported true when the backer's domains were looked for and no commit of the last 12
 *     months came from them: listed for curators on the status page, never on the public page
 */
public record BackerRole(
    Ref backer, String kind, String roles, String evidence, boolean unsupported) {

  /** The evidence sentence for a claim; null when the commits show nothing to say. */
  static String evidenceText(Long commits, Long authors, java.util.List<String> domains) {
    if (commits == null || authors == null || commits == 0 || domains.isEmpty()) {
      return null;
    }
    String from = String.join(", ", domains);
    if (authors < 2) {
      // Counts of a single person are not published (docs/metrics.md).
      return "commits from " + from + ", last 12 months";
    }
    return Format.count(commits)
        + (commits == 1 ? " commit" : " commits")
        + " by "
        + Format.count(authors)
        + " people from "
        + from
        + ", last 12 months";
  }
}
