package org.ossatlas.importer;

import com.fasterxml.jackson.databind.JsonNode;

/** Reading optional text from upstream YAML, and making it safe as sheet Markdown. */
final class Texts {
  private Texts() {}

  /** The field as trimmed text, or null when absent, null or blank ({@code twitter: null}). */
  static String text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull() || value.isContainerNode()) {
      return null;
    }
    String text = value.asText().strip();
    return text.isEmpty() ? null : text;
  }

  /**
   * Upstream descriptions are plain text; in a Markdown cell a {@code <} would start raw HTML,
   * which the validator refuses, so it is escaped. Line breaks inside are folded to spaces.
   */
  static String markdown(String plain) {
    if (plain == null) {
      return null;
    }
    return plain.replaceAll("\\s+", " ").strip().replace("\\", "\\\\").replace("<", "\\<");
  }
}
