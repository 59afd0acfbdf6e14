package org.ossatlas.analytics.depth;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class OrganizationTableTest {
  private static final Map<String, String> DOMAINS =
      Map.of(
          "a1", "corp.example.com",
          "a2", "corp.example.com",
          "a3", "corp.example.com",
          "b1", "lab.example.org",
          "b2", "lab.example.org",
          "s1", "solo.example.net",
          "g1", "gmail.com",
          "n1", "users.noreply.github.com",
          "m1", "mail.yahoo.co.jp");

  @Test
  void domainsArePooledAsTheRulesSayAndOrderedByCommits() {
    OrganizationTable t =
        OrganizationTable.of(
            commits(
                "a1", 5L, "a2", 3L, "a3", 2L, "b1", 4L, "b2", 1L, "s1", 1L, "g1", 2L, "n1", 1L,
                "m1", 1L, "nokey", 2L, "", 1L),
            DOMAINS);

    assertThat(t.rows())
        .containsExactly(
            new Organization("corp.example.com", 10, 3),
            new Organization("lab.example.org", 5, 2),
            new Organization("(other)", 1, 1),
            // gmail, noreply, yahoo, a key without a domain, and a commit without a key
            new Organization("(independent)", 7, 4));
  }

  private static Map<String, Long> commits(Object... keyAndCount) {
    Map<String, Long> map = new java.util.HashMap<>();
    for (int i = 0; i < keyAndCount.length; i += 2) {
      map.put((String) keyAndCount[i], (Long) keyAndCount[i + 1]);
    }
    return map;
  }

  @Test
  void elephantFactorIsTheFewestOrganizationsMakingHalfOfTheirCommits() {
    // corp 10, lab 5, solo 1 → 16 organization commits; corp alone makes 10 ≥ 8.
    assertThat(
            OrganizationTable.of(Map.of("a1", 10L, "b1", 3L, "b2", 2L, "s1", 1L), DOMAINS)
                .elephantFactor())
        .isEqualTo(1);
    // corp 4, lab 4, solo 3 → 11; corp 4 < 5.5, corp + lab 8 ≥ 5.5 → 2. Independents do not count.
    assertThat(
            OrganizationTable.of(
                    Map.of("a1", 4L, "b1", 4L, "s1", 3L, "g1", 100L, "n1", 100L), DOMAINS)
                .elephantFactor())
        .isEqualTo(2);
    // only independents: no organization, no factor
    assertThat(OrganizationTable.of(Map.of("g1", 3L), DOMAINS).elephantFactor()).isNull();
    assertThat(OrganizationTable.of(Map.of(), DOMAINS).rows()).isEmpty();
  }

  @Test
  void freeMailNoreplyAndLocalHostsAreIndependent() {
    assertThat(OrganizationRules.independent("gmail.com")).isTrue();
    assertThat(OrganizationRules.independent("mail.yahoo.co.jp")).isTrue();
    assertThat(OrganizationRules.independent("users.noreply.gitlab.com")).isTrue();
    assertThat(OrganizationRules.independent("build-host.localdomain")).isTrue();
    assertThat(OrganizationRules.independent(null)).isTrue();
    assertThat(OrganizationRules.independent("google.com")).isFalse();
    assertThat(OrganizationRules.independent("apache.org")).isFalse();
  }
}
