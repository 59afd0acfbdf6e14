package org.ossatlas.graph.sheets;

import java.util.List;

/**
 * A row of {@code backers.csv}: a company, foundation, university, community or person.
 *
 * @param url an http(s) URL, or null when empty
 * @param description Markdown, or null when empty
 * @param domains e-mail domains whose commits are evidence of the backing: the optional {@code
 *     domains} column, else the registrable domain of {@code url}; empty when neither is known
 */
public record Backer(
    String id,
    String name,
    String kind,
    String url,
    String description,
    List<String> domains,
    Origin origin) {
  public Backer {
    domains = domains == null ? List.of() : List.copyOf(domains);
  }
}
