package org.ossatlas.cli;

import java.util.Map;
import org.ossatlas.common.ExitCode;
import picocli.CommandLine;

/** Entry point of the {@code ossatlas} command. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs a command line and returns its exit code; tests call this instead of {@link #main}. */
  public static int run(String... args) {
    return newCommandLine().execute(args);
  }

  /** A usage mistake gets one line and a pointer to the help, not the whole help text. */
  private static int usageError(CommandLine.ParameterException e, String[] args) {
    CommandLine cli = e.getCommandLine();
    cli.getErr().println("ossatlas: " + e.getMessage());
    cli.getErr().println("Try '" + cli.getCommandSpec().qualifiedName() + " --help'.");
    return ExitCode.USAGE;
  }

  static CommandLine newCommandLine() {
    return newCommandLine(System.getenv());
  }

  /** A command line that reads its settings and secrets from {@code env} (tests pass their own). */
  static CommandLine newCommandLine(Map<String, String> env) {
    CommandLine cli = new CommandLine(new OssAtlasCommand(env));
    cli.setDefaultValueProvider(new LayeredDefaults(env));
    cli.setExecutionExceptionHandler(new MessageOnlyExceptionHandler());
    cli.setCaseInsensitiveEnumValuesAllowed(true);
    cli.setParameterExceptionHandler(Main::usageError);
    return cli;
  }
}
