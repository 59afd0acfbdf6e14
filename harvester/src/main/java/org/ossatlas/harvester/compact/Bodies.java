package org.ossatlas.harvester.compact;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/** Reading the JSON bodies of raw records: one tree per body, small helpers for its fields. */
final class Bodies {
  private static final ObjectMapper JSON = new ObjectMapper();

  private Bodies() {}

  static JsonNode tree(String body) throws IOException {
    return JSON.readTree(body);
  }

  static JsonNode array(String body, String what) throws IOException {
    JsonNode tree = tree(body);
    if (!tree.isArray()) {
      throw new IllegalArgumentException(what + " is not a JSON array");
    }
    return tree;
  }

  /** A text field, or null when missing or JSON null. */
  static String text(JsonNode node, String field) {
    JsonNode value = node == null ? null : node.get(field);
    return value == null || value.isNull() ? null : value.asText();
  }

  static String requiredText(JsonNode node, String field) {
    String value = text(node, field);
    if (value == null || value.isEmpty()) {
      throw new IllegalArgumentException("a commit without `" + field + "`");
    }
    return value;
  }

  /** An integer field, or -1 when missing. */
  static int count(JsonNode node, String field) {
    JsonNode value = node == null ? null : node.get(field);
    return value == null || !value.isNumber() ? CommitRow.UNKNOWN : value.intValue();
  }

  /** An ISO 8601 time with Z or an offset, as UTC epoch seconds; unknown when missing. */
  static long epochSeconds(String time) {
    if (time == null || time.isEmpty()) {
      return CommitRow.UNKNOWN_TIME;
    }
    try {
      return OffsetDateTime.parse(time).toEpochSecond();
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("not an ISO 8601 time: '" + time + "'");
    }
  }

  /** Parent shas from an array of strings or of objects with {@code sha}. */
  static List<String> parents(JsonNode node) {
    JsonNode parents = node.get("parents");
    if (parents == null || !parents.isArray()) {
      return List.of();
    }
    List<String> shas = new ArrayList<>(parents.size());
    for (JsonNode parent : parents) {
      shas.add(parent.isTextual() ? parent.asText() : requiredText(parent, "sha"));
    }
    return shas;
  }
}
