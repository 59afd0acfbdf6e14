package org.ossatlas.common;

/**
 * Text from curators or upstream repositories made safe to print: control characters (C0, DEL, C1)
 * shown as {@code \x1b}, and invisible formatting characters (the right-to-left override,
 * zero-width characters, line and paragraph separators) as {@code U+202E}. An id such as {@code
 * x\e]0;PWNED\a\e[2J} then cannot retitle or clear the terminal that prints an error about it.
 */
public final class TerminalText {
  private TerminalText() {}

  /** {@code text} with every unprintable character escaped; null stays null. */
  public static String escape(String text) {
    if (text == null || text.codePoints().noneMatch(TerminalText::isUnprintable)) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length() + 16);
    text.codePoints()
        .forEach(
            cp -> {
              if (cp < 0x100 && Character.getType(cp) == Character.CONTROL) {
                out.append(String.format("\\x%02x", cp));
              } else if (isUnprintable(cp)) {
                out.append(String.format("U+%04X", cp));
              } else {
                out.appendCodePoint(cp);
              }
            });
    return out.toString();
  }

  /** Whether {@code cp} is a control, format, separator (other than space) or unassigned point. */
  public static boolean isUnprintable(int cp) {
    return switch (Character.getType(cp)) {
      case Character.CONTROL,
          Character.FORMAT,
          Character.LINE_SEPARATOR,
          Character.PARAGRAPH_SEPARATOR,
          Character.UNASSIGNED,
          Character.PRIVATE_USE,
          Character.SURROGATE ->
          true;
      default -> false;
    };
  }

  /** Whether {@code cp} is a C0 or C1 control character or DEL. */
  public static boolean isControl(int cp) {
    return cp < 0x20 || (cp >= 0x7f && cp <= 0x9f);
  }
}
