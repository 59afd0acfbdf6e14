package org.ossatlas.graph.sheets;

/** A row of {@code links.csv}: documentation, a paper, a talk... about a project. */
public record Link(String project, String kind, String url, String title, Origin origin) {

  /** The graph key of the link, {@code PROJECT|URL} (docs/graph.md). */
  public String id() {
    return project + "|" + url;
  }
}
