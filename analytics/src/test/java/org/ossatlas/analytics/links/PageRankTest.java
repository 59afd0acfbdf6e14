package org.ossatlas.analytics.links;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class PageRankTest {

  @Test
  void aSymmetricCycleRanksEveryNodeTheSame() {
    PageRank cycle = new PageRank(5);
    for (int i = 0; i < 5; i++) {
      cycle.edge(i, (i + 1) % 5, 1);
    }
    double[] rank = cycle.run();
    for (double r : rank) {
      assertThat(r).isCloseTo(0.2, within(1e-12));
    }
  }

  @Test
  void aStarMatchesTheClosedForm() {
    // Centre c, k leaves, d = 0.85, N = k + 1:
    //   PR(c) = (1 − d)/N + d·k·PR(leaf), PR(leaf) = (1 − d)/N + d·PR(c)/k
    //   ⇒ PR(c) = (1 + d·k) / (N·(1 + d)).
    int k = 4;
    double d = PageRank.DAMPING;
    PageRank star = new PageRank(k + 1);
    for (int leaf = 1; leaf <= k; leaf++) {
      star.edge(0, leaf, 1);
    }
    double[] rank = star.run();
    double centre = (1 + d * k) / ((k + 1) * (1 + d));
    assertThat(rank[0]).isCloseTo(centre, within(1e-9)); // 0.475676
    for (int leaf = 1; leaf <= k; leaf++) {
      assertThat(rank[leaf]).isCloseTo((1 - centre) / k, within(1e-9)); // 0.131081
    }
    assertThat(star.iterations()).isLessThan(PageRank.MAX_ITERATIONS);
  }

  @Test
  void weightsAddUpAndRanksSumToOne() {
    // A heavier edge a–b and a light b–c; d is isolated and keeps the teleport share.
    PageRank g = new PageRank(4).edge(0, 1, 0.5).edge(1, 0, 0.5).edge(1, 2, 0.1).edge(2, 2, 9);
    double[] rank = g.run();
    assertThat(Arrays.stream(rank).sum()).isCloseTo(1.0, within(1e-12));
    assertThat(rank[1]).isGreaterThan(rank[0]).isGreaterThan(rank[2]);
    assertThat(rank[3]).isLessThan(rank[2]);
  }

  @Test
  void noEdgesGiveEqualRanks() {
    assertThat(new PageRank(3).run()).containsExactly(1 / 3.0, 1 / 3.0, 1 / 3.0);
    assertThat(new PageRank(0).run()).isEmpty();
  }
}
