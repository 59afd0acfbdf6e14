package org.ossatlas.site.model;

import java.util.List;

/**
 * One metric as the site explains it: the graph property it reads, a label, a one-line definition
 * shown beside the number, the full definition for the about page, and how to format it.
 */
public record MetricDefinition(
    String property,
    String label,
    String format,
    boolean key,
    List<String> applies,
    String shortDefinition,
    String definition) {

  /** The value as a display string: {@code 1,234}, {@code +23 %}, {@code 2026-10-03}. */
  public String display(Object value) {
    return switch (format) {
      case "count" -> Format.count(value instanceof Number n ? n.longValue() : null);
      case "change" -> Format.change(value instanceof Number n ? n.doubleValue() : null);
      case "share" -> Format.share(value instanceof Number n ? n.doubleValue() : null);
      case "decimal" -> Format.decimal(value instanceof Number n ? n.doubleValue() : null);
      case "date" -> Format.date(value == null ? null : value.toString());
      case "month" -> Format.month(value == null ? null : value.toString());
      case "age" -> Format.age(value instanceof Number n ? n.longValue() : null);
      default -> value == null ? Format.NONE : value.toString();
    };
  }
}
