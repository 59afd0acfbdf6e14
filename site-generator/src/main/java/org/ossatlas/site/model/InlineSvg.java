package org.ossatlas.site.model;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a chart file of the analytics into markup that can sit inside a page. A site of 10,000
 * projects cannot afford a file per chart (Cloudflare Pages serves at most 20,000 files), so charts
 * are inlined; the page's Content-Security-Policy allows no inline styles, so {@code <style>}
 * elements are dropped (the site's stylesheet carries the same rules under {@code .atlas-chart})
 * and {@code style} attributes become SVG presentation attributes. Anything that could run script
 * is refused rather than cleaned: our charts never contain it.
 */
public final class InlineSvg {
  private static final Pattern PROLOG = Pattern.compile("(?s)<\\?xml.*?\\?>|<!DOCTYPE[^>]*>");
  private static final Pattern STYLE_ELEMENT = Pattern.compile("(?s)<style\\b.*?</style>");
  private static final Pattern STYLE_ATTRIBUTE = Pattern.compile("\\sstyle=\"([^\"]*)\"");
  private static final Pattern DECLARATION = Pattern.compile("\\s*([a-z-]+)\\s*:\\s*([^;]+?)\\s*");
  private static final Pattern UNSAFE =
      Pattern.compile(
          "(?i)<script|<foreignobject|<iframe|javascript:|\\son[a-z]+\\s*=|<!ENTITY|href=\"(?!#)");
  private static final Pattern ROOT = Pattern.compile("<svg\\b[^>]*>");
  private static final Pattern ID = Pattern.compile("\\b(id|aria-labelledby|aria-describedby)=\"");

  private InlineSvg() {}

  /**
   * The SVG ready for a page, or throws {@link IllegalArgumentException} when it is not a plain
   * chart ({@code what} names the file in the message). Charts without their own accessible name
   * get {@code alt} as their label.
   */
  public static String of(String svg, String alt, String what) {
    String s = PROLOG.matcher(svg).replaceAll("").strip();
    if (!s.startsWith("<svg") || !s.endsWith("</svg>")) {
      throw new IllegalArgumentException(what + " is not an SVG document");
    }
    if (UNSAFE.matcher(s).find()) {
      throw new IllegalArgumentException(
          what + " holds script, links or embedded content; charts are inlined and must not");
    }
    s = STYLE_ELEMENT.matcher(s).replaceAll("");
    s =
        STYLE_ATTRIBUTE
            .matcher(s)
            .replaceAll(m -> Matcher.quoteReplacement(attributes(m.group(1))));
    Matcher root = ROOT.matcher(s);
    if (!root.find()) {
      throw new IllegalArgumentException(what + " is not an SVG document");
    }
    String open = root.group();
    String fixed = open;
    if (!open.contains(" role=")) {
      fixed = fixed.replaceFirst("<svg", "<svg role=\"img\"");
    }
    if (!open.contains("aria-label")) {
      fixed = fixed.replaceFirst("<svg", "<svg aria-label=\"" + escape(alt) + "\"");
    }
    if (!open.contains("class=\"")) {
      fixed = fixed.replaceFirst("<svg", "<svg class=\"atlas-chart\"");
    }
    return fixed + s.substring(root.end());
  }

  /**
   * The same markup with every id (and the references to them) prefixed by {@code scope}, for a
   * page that shows one chart twice (the same project in two tables).
   */
  public static String scoped(String svg, String scope) {
    String prefixed = ID.matcher(svg).replaceAll("$1=\"" + scope + "-");
    // aria-labelledby lists several ids separated by spaces: prefix each one.
    Matcher m = Pattern.compile("aria-labelledby=\"([^\"]*)\"").matcher(prefixed);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String ids = m.group(1).replace(" ", " " + scope + "-");
      m.appendReplacement(out, Matcher.quoteReplacement("aria-labelledby=\"" + ids + "\""));
    }
    m.appendTail(out);
    return out.toString();
  }

  /** {@code fill:#fff;stroke-width:2} as {@code fill="#fff" stroke-width="2"}. */
  private static String attributes(String style) {
    StringBuilder out = new StringBuilder();
    for (String declaration : style.split(";")) {
      Matcher d = DECLARATION.matcher(declaration);
      if (declaration.isBlank() || !d.matches()) {
        continue;
      }
      String value = d.group(2);
      if (value.contains("\"")
          || value.contains("<")
          || value.toLowerCase(Locale.ROOT).contains("url(")) {
        continue;
      }
      out.append(' ').append(d.group(1)).append("=\"").append(value).append('"');
    }
    return out.toString();
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;");
  }
}
