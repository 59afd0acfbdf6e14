package org.ossatlas.analytics.charts;

import java.awt.Shape;
import java.awt.geom.PathIterator;
import java.util.Locale;

/**
 * A small SVG document written by hand: a {@code <title>} and {@code <desc>} for screen readers,
 * one {@code <style>} whose colours are CSS custom properties with defaults (so a page can restyle
 * inlined charts; text and grid use {@code currentColor}), then paths and text with classes.
 * Coordinates have one decimal; nothing depends on time or chance, so the bytes repeat.
 */
final class Svg {
  static final String STYLE =
      ".atlas-chart{color:var(--atlas-ink,#475569)}"
          + "text{font:11px system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;fill:currentColor}"
          + ".grid{fill:none;stroke:currentColor;stroke-opacity:.15}"
          + ".axis{fill:none;stroke:currentColor;stroke-opacity:.45}"
          + palette();

  private final StringBuilder body = new StringBuilder(4096);
  private final int width;
  private final int height;
  private final String id;
  private final String title;
  private final String description;
  private final String extraClass;

  /**
   * @param id unique on a page that inlines several charts (ids of title and desc derive from it)
   */
  Svg(int width, int height, String id, String extraClass, String title, String description) {
    this.width = width;
    this.height = height;
    this.id = id;
    this.extraClass = extraClass;
    this.title = title;
    this.description = description;
  }

  /** Series colours: {@code l<i>} line, {@code a<i>} light area, {@code f<i>} solid fill. */
  private static String palette() {
    String[] colours = {
      "#2563eb", "#ea580c", "#16a34a", "#9333ea", "#db2777", "#0891b2", "#94a3b8"
    };
    StringBuilder css = new StringBuilder();
    for (int i = 0; i < colours.length; i++) {
      String c = "var(--atlas-c" + i + "," + colours[i] + ")";
      css.append(".l")
          .append(i)
          .append("{fill:none;stroke:")
          .append(c)
          .append(";stroke-width:1.5}");
      css.append(".a").append(i).append("{fill:").append(c).append(";fill-opacity:.18}");
      css.append(".f").append(i).append("{fill:").append(c).append("}");
    }
    return css.toString();
  }

  Svg path(String cssClass, String d) {
    if (!d.isEmpty()) {
      body.append("<path class=\"").append(cssClass).append("\" d=\"").append(d).append("\"/>");
    }
    return this;
  }

  Svg rect(String cssClass, double x, double y, double w, double h) {
    body.append("<rect class=\"")
        .append(cssClass)
        .append("\" x=\"")
        .append(number(x))
        .append("\" y=\"")
        .append(number(y))
        .append("\" width=\"")
        .append(number(w))
        .append("\" height=\"")
        .append(number(h))
        .append("\"/>");
    return this;
  }

  /** Text with its baseline at y; anchor is start, middle or end. */
  Svg text(double x, double y, String anchor, String text) {
    body.append("<text x=\"").append(number(x)).append("\" y=\"").append(number(y)).append('"');
    if (!"start".equals(anchor)) {
      body.append(" text-anchor=\"").append(anchor).append('"');
    }
    body.append('>').append(escape(text)).append("</text>");
    return this;
  }

  @Override
  public String toString() {
    String t = id + "-t";
    String d = id + "-d";
    return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 "
        + width
        + " "
        + height
        + "\" width=\""
        + width
        + "\" height=\""
        + height
        + "\" class=\"atlas-chart "
        + extraClass
        + "\" role=\"img\" aria-labelledby=\""
        + t
        + " "
        + d
        + "\"><title id=\""
        + t
        + "\">"
        + escape(title)
        + "</title><desc id=\""
        + d
        + "\">"
        + escape(description)
        + "</desc><style>"
        + STYLE
        + "</style>"
        + body
        + "</svg>\n";
  }

  /**
   * Path data of several shapes; a shape starting where the previous one ended continues the same
   * subpath (XChart draws lines segment by segment).
   */
  static final class PathBuilder {
    private final StringBuilder d = new StringBuilder();
    private String end;

    void append(Shape shape) {
      double[] c = new double[6];
      for (PathIterator it = shape.getPathIterator(null); !it.isDone(); it.next()) {
        switch (it.currentSegment(c)) {
          case PathIterator.SEG_MOVETO -> {
            String at = pair(c[0], c[1]);
            if (!at.equals(end)) {
              d.append('M').append(at);
            }
            end = at;
          }
          case PathIterator.SEG_LINETO -> {
            end = pair(c[0], c[1]);
            d.append('L').append(end);
          }
          case PathIterator.SEG_QUADTO -> {
            end = pair(c[2], c[3]);
            d.append('Q').append(pair(c[0], c[1])).append(' ').append(end);
          }
          case PathIterator.SEG_CUBICTO -> {
            end = pair(c[4], c[5]);
            d.append('C')
                .append(pair(c[0], c[1]))
                .append(' ')
                .append(pair(c[2], c[3]))
                .append(' ')
                .append(end);
          }
          case PathIterator.SEG_CLOSE -> {
            d.append('Z');
            end = null;
          }
          default -> throw new IllegalStateException("unknown path segment");
        }
      }
    }

    void clear() {
      d.setLength(0);
      end = null;
    }

    @Override
    public String toString() {
      return d.toString();
    }
  }

  private static String pair(double x, double y) {
    return number(x) + "," + number(y);
  }

  /** One decimal, no trailing zero, no "-0". */
  static String number(double value) {
    long tenths = Math.round(value * 10);
    if (tenths % 10 == 0) {
      return Long.toString(tenths / 10);
    }
    return String.format(Locale.ROOT, "%.1f", tenths / 10.0);
  }

  static String escape(String text) {
    return text.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;");
  }
}
