package org.ossatlas.site.model;

import java.util.List;

/** How a curated relation reads from either end: "Depends on" and "Used by". */
final class RelationLabels {
  static final List<String> KINDS =
      List.of("depends-on", "integrates-with", "alternative-to", "successor-of", "fork-of");

  private RelationLabels() {}

  static String outgoing(String kind) {
    return switch (kind) {
      case "depends-on" -> "Depends on";
      case "fork-of" -> "Fork of";
      case "successor-of" -> "Successor of";
      case "alternative-to" -> "Alternative to";
      case "integrates-with" -> "Integrates with";
      default -> "Related (" + kind + ")";
    };
  }

  static String incoming(String kind) {
    return switch (kind) {
      case "depends-on" -> "Used by";
      case "fork-of" -> "Forked as";
      case "successor-of" -> "Succeeded by";
      case "alternative-to" -> "Alternative to";
      case "integrates-with" -> "Integrates with";
      default -> "Related (" + kind + ")";
    };
  }
}
