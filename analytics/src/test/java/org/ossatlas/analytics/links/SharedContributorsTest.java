package org.ossatlas.analytics.links;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.Table;

class SharedContributorsTest {
  private final List<int[]> rows = new ArrayList<>();

  private void authors(int project, int... authors) {
    for (int a : authors) {
      rows.add(new int[] {project, a});
    }
  }

  private List<ContributorLink> compute(int projects) {
    Table t =
        Table.create(
            "pairs",
            IntColumn.create("entity", rows.stream().mapToInt(r -> r[0]).toArray()),
            IntColumn.create("author", rows.stream().mapToInt(r -> r[1]).toArray()));
    return SharedContributors.compute(t, "entity", "author", projects);
  }

  @Test
  void keepsPairsSharingTwoAuthorsWithTheirJaccard() {
    authors(0, 1, 2, 3);
    authors(1, 1, 2, 4);
    authors(2, 1, 5); // shares only author 1: no link
    authors(3, 6);

    assertThat(compute(4)).containsExactly(new ContributorLink(0, 1, 2, 0.5));
  }

  @Test
  void keepsAPairOnlyWhenItIsAmongTheFiveStrongestOfOneEnd() {
    // Hub 0 has authors 100..111. Partners 1..6 each share two of them and have i own authors,
    // so jaccard(0, i) = 2 / (12 + i): partner 6 is the hub's sixth strongest.
    authors(0, 100, 101, 102, 103, 104, 105, 106, 107, 108, 109, 110, 111);
    for (int i = 1; i <= 6; i++) {
      authors(i, 100 + 2 * (i - 1), 101 + 2 * (i - 1));
      for (int own = 0; own < i + (i == 6 ? 4 : 0); own++) {
        authors(i, 1000 * i + own);
      }
    }
    // Partner 6 has ten own authors, which it shares two by two with projects 7..11: those five
    // links (2 / 12) are stronger than its link to the hub (2 / 22).
    for (int j = 0; j < 5; j++) {
      authors(7 + j, 6000 + 2 * j, 6001 + 2 * j);
    }

    List<ContributorLink> links = compute(12);

    assertThat(links).extracting(ContributorLink::to).contains(1, 2, 3, 4, 5);
    assertThat(links).noneMatch(l -> l.from() == 0 && l.to() == 6);
    assertThat(links).filteredOn(l -> l.from() == 6).hasSize(5);
    assertThat(links.get(0)).isEqualTo(new ContributorLink(0, 1, 2, 0.1538));
  }
}
