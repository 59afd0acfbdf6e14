package org.ossatlas.site.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * metric-definitions.json names the properties the site explains; {@link Metrics#from} is where the
 * site reads them from a node. A definition whose property the site does not read (a typo, a rename
 * on one side) would show no value and no error; this fails instead.
 */
class MetricNamesAgreeTest {
  @Test
  void everyDefinedMetricIsAPropertyTheSiteReads() {
    MetricDefinitions definitions = MetricDefinitions.load(null);
    Map<String, Object> node = new HashMap<>();
    definitions.all().forEach(d -> node.put(d.property(), 1L));

    Metrics metrics = Metrics.from(node);

    assertThat(definitions.all()).isNotEmpty();
    assertThat(definitions.all())
        .allSatisfy(d -> assertThat(metrics.value(d.property())).as(d.property()).isNotNull());
  }

  @Test
  void aPropertyTheSiteDoesNotReadHasNoValue() {
    assertThat(Metrics.from(Map.of("comits_12m", 5L)).value("comits_12m")).isNull();
    assertThat(Metrics.from(Map.of("commits_12m", 5L)).value("commits_12m")).isEqualTo(5L);
  }
}
