package org.ossatlas.analytics.metrics;

/** The three kinds of nodes the analytics describe: graph label and folder of their files. */
public enum EntityKind {
  PROJECT("Project", "projects"),
  CATEGORY("Category", "categories"),
  BACKER("Backer", "backers");

  private final String label;
  private final String folder;

  EntityKind(String label, String folder) {
    this.label = label;
    this.folder = folder;
  }

  /** The node label in the graph. */
  public String label() {
    return label;
  }

  /** The folder under data/metrics and data/charts, and the summary file's name. */
  public String folder() {
    return folder;
  }
}
