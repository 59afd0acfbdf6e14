package org.ossatlas.graph.sheets;

import java.util.List;

/**
 * A row of {@code projects.csv}.
 *
 * @param categories category ids in sheet order; the first is the primary one
 * @param homepage an http(s) URL, or null when empty
 * @param description Markdown, or null when empty
 * @param source {@code github}, {@code git} or {@code auto} (an empty cell or no column)
 */
public record Project(
    String id,
    String name,
    String repo,
    List<String> categories,
    String homepage,
    String description,
    String source,
    Origin origin) {

  public Project {
    categories = List.copyOf(categories);
  }

  /** The first listed category, or null when the row lists none. */
  public String primaryCategory() {
    return categories.isEmpty() ? null : categories.get(0);
  }
}
