package org.ossatlas.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.ossatlas.common.ExitCode;
import picocli.CommandLine;

class CommandLineContractTest {

  /** Runs a command line, capturing what it prints. */
  record Run(int exitCode, String out, String err) {
    static Run of(String... args) {
      CommandLine cli = Main.newCommandLine();
      StringWriter out = new StringWriter();
      StringWriter err = new StringWriter();
      cli.setOut(new PrintWriter(out, true));
      cli.setErr(new PrintWriter(err, true));
      int code = cli.execute(args);
      return new Run(code, out.toString(), err.toString());
    }
  }

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
    Run run = Run.of(subcommand, "--help");

    assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
    assertThat(run.out()).contains("Usage: ossatlas " + subcommand).contains("--sheets=DIR");
  }

  @Test
  void anUnknownOptionIsAUsageErrorWithOneLineAndAHint() {
    Run run = Run.of("validate", "--no-such-flag");

    assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(run.err())
        .contains("ossatlas: Unknown option: '--no-such-flag'")
        .contains("Try 'ossatlas validate --help'.")
        .doesNotContain("Usage:");
  }

  @Test
  void noSubcommandIsAUsageError() {
    Run run = Run.of();

    assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(run.err()).contains("a subcommand is required");
  }

  @Test
  void theRootHelpListsTheExitCodes() {
    Run run = Run.of("--help");

    assertThat(run.out())
        .contains("75 harvest stopped with work left")
        .contains("65 invalid input");
  }
}
