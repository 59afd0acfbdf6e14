package org.ossatlas.harvester.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.ossatlas.harvester.quality.Finding.Severity;

class QualityReportTest {
  @Test
  void manyFindingsSayingTheSameThingArePrintedAsOneLine() {
    List<Finding> findings = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      findings.add(new Finding("no-commits", Severity.WARNING, "p" + i, "no commits yet"));
    }
    findings.add(new Finding("future-date", Severity.ERROR, "p1", "a commit from 2099"));

    assertThat(new QualityReport(findings, Map.of()).lines())
        .containsExactly(
            "warning: no-commits: 8 projects (p0, p1, p2, p3, p4 and 3 more): no commits yet",
            "error: future-date: p1: a commit from 2099");
  }

  @Test
  void aFewFindingsArePrintedOneByOne() {
    List<Finding> findings =
        List.of(
            new Finding("no-commits", Severity.WARNING, "a", "no commits yet"),
            new Finding("no-commits", Severity.WARNING, "b", "no commits yet"));

    assertThat(new QualityReport(findings, Map.of()).lines())
        .containsExactly(
            "warning: no-commits: a: no commits yet", "warning: no-commits: b: no commits yet");
  }
}
