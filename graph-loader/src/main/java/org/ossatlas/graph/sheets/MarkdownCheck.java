package org.ossatlas.graph.sheets;

import com.vladsch.flexmark.ast.HtmlBlockBase;
import com.vladsch.flexmark.ast.HtmlInlineBase;
import com.vladsch.flexmark.ast.LinkNodeBase;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.Escaping;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Checks a Markdown description before the site renders it: no raw HTML (blocks, inline tags,
 * comments), and links only to http(s), mailto or relative targets.
 */
final class MarkdownCheck {
  private static final Parser PARSER = Parser.builder().build();
  private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:");
  private static final int SNIPPET = 40;

  private MarkdownCheck() {}

  /** What is wrong with the Markdown, or null when it is fine. */
  static Finding check(String markdown) {
    for (Node node : PARSER.parse(markdown).getDescendants()) {
      if (node instanceof HtmlBlockBase || node instanceof HtmlInlineBase) {
        return new Finding(
            "Markdown contains raw HTML `" + snippet(node.getChars().toString()) + "`",
            "use Markdown; raw HTML is not allowed");
      }
      if (node instanceof LinkNodeBase link && !isSafeTarget(link.getUrl().toString())) {
        return new Finding(
            "Markdown link to `" + snippet(link.getUrl().toString()) + "`",
            "link only to http(s) or mailto URLs");
      }
    }
    return null;
  }

  /**
   * Judges the target as a browser would read it: entities and backslash escapes resolved ({@code
   * javascript&#58;x}), percent-escapes decoded ({@code %6Aavascript:}) and the blanks and control
   * characters browsers skip removed ({@code java\tscript:}). The renderer drops such links; the
   * curator hears about them here.
   */
  private static boolean isSafeTarget(String url) {
    return hasSafeScheme(url) && hasSafeScheme(decoded(url));
  }

  static String decoded(String url) {
    String text = Escaping.unescapeString(url);
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '%'
          && i + 2 < text.length()
          && isHex(text.charAt(i + 1))
          && isHex(text.charAt(i + 2))) {
        c = (char) Integer.parseInt(text.substring(i + 1, i + 3), 16);
        i += 2;
      }
      if (c > ' ' && !(c >= 0x7f && c <= 0x9f)) {
        out.append(c);
      }
    }
    return out.toString();
  }

  private static boolean isHex(char c) {
    return Character.digit(c, 16) >= 0;
  }

  private static boolean hasSafeScheme(String url) {
    var scheme = SCHEME.matcher(url.strip());
    if (!scheme.find()) {
      return true; // relative or an anchor
    }
    String name = scheme.group().toLowerCase(Locale.ROOT);
    return name.equals("http:") || name.equals("https:") || name.equals("mailto:");
  }

  private static String snippet(String text) {
    String oneLine = text.strip().replaceAll("\\s+", " ");
    return oneLine.length() <= SNIPPET ? oneLine : oneLine.substring(0, SNIPPET) + "…";
  }

  /** A problem and what to do about it. */
  record Finding(String message, String hint) {}
}
