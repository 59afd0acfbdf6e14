package org.ossatlas.site.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The metric definitions, read from {@code metric-definitions.json} beside the page templates (an
 * override folder's copy wins), so that numbers and their explanations live in one data file.
 */
public final class MetricDefinitions {
  static final String FILE = "metric-definitions.json";

  private final List<MetricDefinition> metrics;

  private MetricDefinitions(List<MetricDefinition> metrics) {
    this.metrics = List.copyOf(metrics);
  }

  /** From {@code override/metric-definitions.json} if present, else from the class path. */
  public static MetricDefinitions load(Path override) {
    try {
      if (override != null && Files.isRegularFile(override.resolve(FILE))) {
        try (InputStream in = Files.newInputStream(override.resolve(FILE))) {
          return parse(in);
        }
      }
      try (InputStream in =
          MetricDefinitions.class.getClassLoader().getResourceAsStream("templates/pages/" + FILE)) {
        if (in == null) {
          throw new IllegalStateException("templates/pages/" + FILE + " is not on the class path");
        }
        return parse(in);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("could not read " + FILE, e);
    }
  }

  private static MetricDefinitions parse(InputStream in) throws IOException {
    List<MetricDefinition> list = new ArrayList<>();
    for (JsonNode m : new ObjectMapper().readTree(in).path("metrics")) {
      List<String> applies = new ArrayList<>();
      m.path("applies").forEach(a -> applies.add(a.asText()));
      list.add(
          new MetricDefinition(
              m.path("property").asText(),
              m.path("label").asText(),
              m.path("format").asText("text"),
              m.path("key").asBoolean(false),
              List.copyOf(applies),
              m.path("short").asText(),
              m.path("definition").asText()));
    }
    return new MetricDefinitions(list);
  }

  public List<MetricDefinition> all() {
    return metrics;
  }

  /**
   * The key metrics of a page family ({@code project}, {@code category}, {@code backer}) that have
   * a value, formatted, in definition order.
   */
  public List<ShownMetric> keyMetrics(String family, Metrics values) {
    List<ShownMetric> shown = new ArrayList<>();
    for (MetricDefinition d : metrics) {
      Object v = values.value(d.property());
      if (d.key() && d.applies().contains(family) && v != null) {
        shown.add(new ShownMetric(d.property(), d.label(), d.display(v), d.shortDefinition()));
      }
    }
    return shown;
  }
}
