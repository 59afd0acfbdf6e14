package org.ossatlas.graph.sheets;

import java.util.List;

/** The six curated sheets, with the columns each header must have (curated-sheets/README.md). */
public enum Sheet {
  CATEGORIES("categories.csv", List.of("id", "name", "parent", "description"), List.of()),
  PROJECTS(
      "projects.csv",
      List.of("id", "name", "repo", "categories", "homepage", "description"),
      List.of("source")),
  BACKERS("backers.csv", List.of("id", "name", "kind", "url", "description"), List.of("domains")),
  PROJECT_BACKERS("project_backers.csv", List.of("project", "backer", "role"), List.of()),
  LINKS("links.csv", List.of("project", "kind", "url", "title"), List.of()),
  RELATIONS("relations.csv", List.of("from", "to", "kind"), List.of());

  private final String file;
  private final List<String> columns;
  private final List<String> optionalColumns;

  Sheet(String file, List<String> columns, List<String> optionalColumns) {
    this.file = file;
    this.columns = columns;
    this.optionalColumns = optionalColumns;
  }

  /** The file name inside the sheets folder, e.g. {@code projects.csv}. */
  public String file() {
    return file;
  }

  /** Columns the header must have, in the documented order. */
  public List<String> columns() {
    return columns;
  }

  /** Columns the header may have. */
  public List<String> optionalColumns() {
    return optionalColumns;
  }

  boolean knows(String column) {
    return columns.contains(column) || optionalColumns.contains(column);
  }
}
