package org.ossatlas.site.model;

/**
 * A chart shown inside its page: the SVG markup (already made safe to inline, see {@link
 * InlineSvg}) and its text alternative.
 */
public record Chart(String svg, String alt) {

  /** The markup with its ids prefixed by {@code scope}: for a chart shown twice on one page. */
  public String scoped(String scope) {
    return InlineSvg.scoped(svg, scope);
  }
}
