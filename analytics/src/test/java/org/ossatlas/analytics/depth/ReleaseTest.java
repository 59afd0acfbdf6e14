package org.ossatlas.analytics.depth;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ossatlas.common.RepoFacts;

class ReleaseTest {
  @Test
  void preReleasesAreToldApartByTheirName() {
    for (String pre :
        List.of(
            "v2.0.0-rc1",
            "v3.0.0-beta.2",
            "1.0-SNAPSHOT",
            "jackson-core-2.10.0.pr1",
            "4.0.0-M2",
            "v1.2.0-alpha",
            "1.0a1",
            "2.1rc3",
            "v5.0.0-preview.1",
            "0.9.0.dev3",
            "nightly")) {
      assertThat(Release.isPreRelease(pre)).as(pre).isTrue();
    }
    for (String release :
        List.of(
            "v1.0.0",
            "jackson-core-2.10.0",
            "release-1.2",
            "2024.01.15",
            "v0.9.1",
            "source-1.0",
            "1.0.0-final")) {
      assertThat(Release.isPreRelease(release)).as(release).isFalse();
    }
  }

  @Test
  void theLatestIsTheNewestDatedReleaseAndGitHubFillsWhatTheCloneLacks() {
    List<Release> tags =
        List.of(
            Release.of("v1.0.0", Instant.parse("2024-01-01T00:00:00Z")),
            Release.of("v2.0.0-rc1", Instant.parse("2024-06-01T00:00:00Z")),
            Release.of("v1.1.0", Instant.parse("2024-03-01T00:00:00Z")));
    RepoFacts facts =
        new RepoFacts(
            "p",
            null,
            null,
            null,
            null,
            List.of(),
            null,
            null,
            null,
            null,
            null,
            null,
            3L,
            "v2.0.0",
            "Two",
            "2024-07-01T00:00:00Z");

    ProjectReleases r = ProjectReleases.of(tags, facts);

    assertThat(r.releases())
        .extracting(Release::tag)
        .containsExactly("v1.0.0", "v1.1.0", "v2.0.0-rc1", "v2.0.0");
    assertThat(r.latest().tag()).isEqualTo("v2.0.0");
    assertThat(
            r.countBetween(
                Instant.parse("2024-02-01T00:00:00Z"), Instant.parse("2024-07-01T00:00:00Z")))
        .isEqualTo(1); // v1.1.0; the rc is a pre-release, v2.0.0 falls on the open end
    assertThat(ProjectReleases.of(tags, null).latest().tag()).isEqualTo("v1.1.0");
  }
}
