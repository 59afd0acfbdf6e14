package org.ossatlas.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.ossatlas.common.ExitCode;

/** Runs with an empty environment: a developer's GITHUB_TOKEN or OSSATLAS_* cannot reach in. */
class CommandLineContractTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "harvest",
        "compact",
        "validate",
        "load",
        "analyze",
        "render",
        "site",
        "deploy",
        "serve",
        "status",
        "graph",
        "config"
      })
  void everySubcommandHasHelp(String subcommand) {
    CommandRun run = CommandRun.of(subcommand, "--help");

    assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
    assertThat(run.out()).contains("Usage: ossatlas " + subcommand).contains("--sheets=DIR");
  }

  @Test
  void anUnknownOptionIsAUsageErrorWithOneLineAndAHint() {
    CommandRun run = CommandRun.of("validate", "--no-such-flag");

    assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(run.err())
        .contains("ossatlas: Unknown option: '--no-such-flag'")
        .contains("Try 'ossatlas validate --help'.")
        .doesNotContain("Usage:");
  }

  @Test
  void noSubcommandIsAUsageError() {
    CommandRun run = CommandRun.of();

    assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(run.err()).contains("a subcommand is required");
  }

  @Test
  void theRootHelpListsTheExitCodes() {
    CommandRun run = CommandRun.of("--help");

    assertThat(run.out())
        .contains("75 harvest stopped with work left")
        .contains("65 invalid input");
  }

  @Test
  void versionIsThePomsVersion() throws Exception {
    String pom = Files.readString(Path.of("pom.xml"));
    Matcher version = Pattern.compile("<version>([^<]+)</version>").matcher(pom);
    assertThat(version.find()).isTrue(); // the parent's version, which the module inherits

    CommandRun run = CommandRun.of("--version");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out().strip()).isEqualTo("ossatlas " + version.group(1));
  }

  @Test
  void harvestHelpListsTheAllowedSources() {
    assertThat(CommandRun.of("harvest", "--help").out())
        .contains("github, git, auto")
        .contains("default: auto");
  }

  @Test
  void badOptionValuesAreUsageErrorsNamingTheOption() {
    assertThat(CommandRun.of("harvest", "--source", "svn").err())
        .contains("--source")
        .contains("GITHUB, GIT, AUTO] (case-insensitive)");
    assertThat(CommandRun.of("harvest", "--shard", "3/2").err())
        .contains("--shard")
        .contains("1 <= i <= n");
    assertThat(CommandRun.of("harvest", "--raw-file-size", "lots").err())
        .contains("--raw-file-size")
        .contains("16MiB");
    assertThat(CommandRun.of("harvest", "--diff-threads", "0").err())
        .contains("--diff-threads must be at least 1");
    CommandRun url = CommandRun.of("harvest", "--api-url", "ftp://x");
    assertThat(url.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(url.err()).contains("--api-url").contains("not an http(s) URL");
  }
}
