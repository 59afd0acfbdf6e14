package org.ossatlas.site.model;

import java.util.List;

/**
 * The index page: what the atlas covers (totals and the category tree), the month's biggest movers
 * and the data date. {@code asOf} is null before the first {@code analyze}.
 */
public record HomePage(
    long projects,
    long categories,
    long backers,
    Long commits12m,
    String commits12mText,
    String asOf,
    String asOfText,
    List<TreeNode> tree,
    List<ProjectRow> risers,
    List<ProjectRow> fallers) {

  public boolean hasActivity() {
    return asOf != null;
  }
}
