package org.ossatlas.site.model;

import org.ossatlas.site.markdown.MarkdownRenderer;

/** What every page query needs besides the graph: Markdown, metric definitions, chart files. */
public record ModelContext(
    MarkdownRenderer markdown, MetricDefinitions definitions, PublishedFiles files) {

  /** Length of the plain-text summaries used in meta descriptions and the search index. */
  public static final int SUMMARY_LENGTH = 160;
}
