package org.ossatlas.analytics.charts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ossatlas.analytics.metrics.EntityKind;

/** Security finding 5: no two entities' charts share a file, even when ids prefix each other. */
class ChartFileNamesTest {
  @Test
  void fileNamesAreInjectiveOverIdsThatArePrefixesOfEachOther() {
    List<String> ids = List.of("airflow", "airflow-spark", "airflow-spark-spark", "a", "a-svg");
    List<String> files = new ArrayList<>();
    for (String id : ids) {
      for (EntityKind kind : EntityKind.values()) {
        files.add(ChartWriter.chartFile(kind, id));
      }
      files.add(ChartWriter.sparklineFile(id));
    }
    assertThat(files).doesNotHaveDuplicates();
    assertThat(ChartWriter.sparklineFile("airflow"))
        .isNotEqualTo(ChartWriter.chartFile(EntityKind.PROJECT, "airflow-spark"));
  }
}
