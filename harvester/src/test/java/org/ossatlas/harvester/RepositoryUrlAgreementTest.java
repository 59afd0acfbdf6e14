package org.ossatlas.harvester;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.ossatlas.common.RepositoryUrl;
import org.ossatlas.harvester.github.GitHubSource;

/**
 * Validation and harvest agree on every repository URL form (#16 item 1): the validator accepts
 * {@code source=github} exactly for the URLs the GitHub source harvests, and {@code auto} sends it
 * only such URLs (the ones written as a page; {@code .git} clone URLs are cloned). {@code
 * https://github.com/o/r.git} used to validate, then fail the harvest.
 */
class RepositoryUrlAgreementTest {
  static final List<String> FORMS =
      List.of(
          "https://github.com/o/r",
          "https://github.com/o/r/",
          "https://github.com/o/r.git",
          "https://github.com/o/r.git/",
          "https://www.github.com/o/r",
          "https://GITHUB.com/o/r",
          "git@github.com:o/r.git",
          "ssh://git@github.com/o/r.git",
          "https://gitlab.com/group/sub/project.git",
          "https://example.org/o/r",
          "file:///srv/repos/r",
          "http://github.com/o/r",
          "https://github.com/o/r/tree/main",
          "https://user:pw@github.com/o/r",
          "https://ghp_token@github.com/o/r");

  @Test
  void theValidatorsVerdictIsTheHarvestsRouting() {
    for (String url : FORMS) {
      boolean validGitHub = RepositoryUrl.parse(url).map(RepositoryUrl::isGitHub).orElse(false);
      boolean page = RepositoryUrl.parse(url).map(RepositoryUrl::isGitHubPage).orElse(false);
      assertThat(GitHubSource.repoOf(url).isPresent())
          .as("GitHub source takes " + url)
          .isEqualTo(validGitHub);
      assertThat(SourceRouter.isGitHubRepoPage(url))
          .as("auto routes " + url + " to GitHub")
          .isEqualTo(page);
      if (page) {
        assertThat(validGitHub).isTrue();
      }
    }
    assertThat(GitHubSource.repoOf("https://github.com/o/r.git")).hasValue("o/r");
    assertThat(SourceRouter.isGitHubRepoPage("https://github.com/o/r.git")).isFalse();
    assertThat(SourceRouter.isGitHubRepoPage("https://github.com/o/r")).isTrue();
  }
}
