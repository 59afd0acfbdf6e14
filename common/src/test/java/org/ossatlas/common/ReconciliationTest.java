package org.ossatlas.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.ossatlas.common.Reconciliation.Count;

class ReconciliationTest {

  @Test
  void agreeingCountsPass() {
    Reconciliation checks =
        new Reconciliation()
            .expectEqual(
                new Count("compact", "rows", 1200),
                new Count("analyze", "rows read", 1200),
                new Count("graph", "commits", 1200));

    checks.throwIfMismatched();
    assertThat(checks.checked())
        .containsExactly(
            "compact rows = 1,200 = analyze rows read = 1,200 = graph commits = 1,200");
  }

  @Test
  void aMismatchFailsNamingEveryStage() {
    Reconciliation checks =
        new Reconciliation()
            .expectEqual(
                new Count("compact", "rows", 1200), new Count("analyze", "rows read", 1199))
            .expectEqual(new Count("graph", "projects", 3), new Count("pages", "projects", 3));

    assertThatThrownBy(checks::throwIfMismatched)
        .isInstanceOf(AtlasException.class)
        .hasMessageContaining("compact rows = 1,200 ≠ analyze rows read = 1,199")
        .hasMessageNotContaining("graph projects");
    assertThat(checks.checked()).hasSize(1);
  }
}
