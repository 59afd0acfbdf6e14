package org.ossatlas.site.render;

/**
 * The last guard of every rendered page, feed and sitemap: characters XML 1.0 does not allow (C0
 * controls other than tab, line feed and carriage return; U+FFFE, U+FFFF; unpaired surrogates) are
 * removed. Validation rejects them in the sheets, but a graph loaded by other means, or text from
 * upstream repositories, must still not make {@code feed.xml} ill-formed.
 */
final class MarkupText {
  private MarkupText() {}

  static String clean(String text) {
    int first = firstIllegal(text);
    if (first < 0) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length());
    out.append(text, 0, first);
    for (int i = first; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c)
          && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        out.append(c).append(text.charAt(++i));
      } else if (!isIllegal(c)) {
        out.append(c);
      }
    }
    return out.toString();
  }

  private static int firstIllegal(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c)
          && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        i++;
      } else if (isIllegal(c)) {
        return i;
      }
    }
    return -1;
  }

  private static boolean isIllegal(char c) {
    return (c < 0x20 && c != '\t' && c != '\n' && c != '\r')
        || c == 0xFFFE
        || c == 0xFFFF
        || Character.isSurrogate(c);
  }
}
