package org.ossatlas.harvester.graphql;

import java.util.List;

/**
 * The query texts. Each has an operation name ({@code Start}, {@code Page}, {@code Check}) that
 * tells a reader of the raw store, and a test server, which one was asked. Every query asks for
 * {@code rateLimit} so that each answer says what it cost and what is left.
 */
final class Queries {
  private Queries() {}

  /** The facts of a repository (docs/harvest.md); shared by {@link #START} and {@link #check}. */
  static final String FACTS =
      """
      nameWithOwner stargazerCount forkCount isArchived isFork createdAt pushedAt
      description homepageUrl licenseInfo { spdxId } primaryLanguage { name }
      repositoryTopics(first: 20) { nodes { topic { name } } }
      releases(first: 1, orderBy: {field: CREATED_AT, direction: DESC}) {
        totalCount nodes { tagName name publishedAt } }
      """;

  private static final String COMMIT =
      """
      oid committedDate
      author { name email date user { login } }
      committer { name email date user { login } }
      parents(first: 2) { totalCount nodes { oid } }
      """;

  private static final String STATS = "additions deletions changedFilesIfAvailable\n";

  private static final String RATE = "rateLimit { cost limit remaining resetAt }";

  private static String history(boolean after, boolean stats) {
    return "history(first: $first"
        + (after ? ", after: $after" : "")
        + ", since: $since) { pageInfo { hasNextPage endCursor } nodes { "
        + COMMIT
        + (stats ? STATS : "")
        + "} }";
  }

  /**
   * The first request of a walk: the facts, the head of the default branch and the first history
   * page from that head, all in one answer: the head the walk is pinned to is the one the page was
   * read from. {@code stats} false leaves out the line counts (a commit GitHub cannot count in
   * time).
   */
  static String start(boolean stats) {
    return "query Start($owner: String!, $name: String!, $first: Int!, $since: GitTimestamp) {\n"
        + "  repository(owner: $owner, name: $name) {\n"
        + FACTS
        + "    defaultBranchRef { name target { oid ... on Commit { "
        + history(false, stats)
        + " } } }\n  }\n  "
        + RATE
        + "\n}\n";
  }

  /** A following page of a walk, from the pinned head {@code $oid}. */
  static String page(boolean stats) {
    return "query Page($owner: String!, $name: String!, $oid: GitObjectID!, $first: Int!,"
        + " $after: String, $since: GitTimestamp) {\n"
        + "  repository(owner: $owner, name: $name) {\n"
        + "    object(oid: $oid) { ... on Commit { "
        + history(true, stats)
        + " } }\n  }\n  "
        + RATE
        + "\n}\n";
  }

  /**
   * The caught-up check of up to 50 repositories: facts and head, one alias {@code rN} each. Owner
   * and name are inlined as string literals; they were matched against {@code [A-Za-z0-9_.-]+} and
   * need no escaping.
   */
  static String check(List<String> ownerSlashNames) {
    StringBuilder q = new StringBuilder("query Check {\n");
    for (int i = 0; i < ownerSlashNames.size(); i++) {
      String[] parts = ownerSlashNames.get(i).split("/", 2);
      q.append("  r")
          .append(i)
          .append(": repository(owner: \"")
          .append(parts[0])
          .append("\", name: \"")
          .append(parts[1])
          .append("\") {\n")
          .append(FACTS)
          .append("    defaultBranchRef { name target { oid } }\n  }\n");
    }
    return q.append("  ").append(RATE).append("\n}\n").toString();
  }
}
