package org.ossatlas.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code sheets pull} without configured links, or with a bad one: a usage error, nothing changed.
 */
class SheetsPullCommandTest {
  @TempDir Path dir;

  @Test
  void withoutLinksItSaysWhereToConfigureThem() {
    CommandRun run = CommandRun.of("--sheets", dir.resolve("s").toString(), "sheets", "pull");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("projects-url").contains("ossatlas.properties");
  }

  @Test
  void aLinkThatIsNotHttpIsAUsageError() {
    CommandRun run =
        CommandRun.withEnv(
            java.util.Map.of("OSSATLAS_PROJECTS_URL", "file:///etc/passwd"),
            "--sheets",
            dir.resolve("s").toString(),
            "sheets",
            "pull");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("--projects-url").contains("not an http(s) URL");
  }
}
