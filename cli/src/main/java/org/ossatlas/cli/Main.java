package org.ossatlas.cli;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.ossatlas.common.ExitCode;
import org.ossatlas.common.Progress;
import org.ossatlas.harvester.git.GitTuning;
import picocli.CommandLine;

/** Entry point of the {@code ossatlas} command. */
public final class Main {
  private Main() {}

  /**
   * The exit code {@link #main} is about to exit with. A shutdown hook that waits for a command to
   * wind down (harvest on Ctrl-C or SIGTERM) reads it: once the JVM is shutting down on a signal,
   * {@code System.exit} blocks for good on the lock the signal's own shutdown holds, and the
   * process would end with the signal's 130/143 instead.
   */
  static final CompletableFuture<Integer> EXIT_CODE = new CompletableFuture<>();

  public static void main(String[] args) {
    installGlobals();
    int code = run(args);
    System.out.flush();
    System.err.flush();
    EXIT_CODE.complete(code);
    System.exit(code);
  }

  /**
   * The process-wide switches, set once here rather than in library code: charts are drawn without
   * a display, JGit's pack caches are sized for long walks, and progress bars show on a terminal
   * (until {@code --quiet} turns them off).
   */
  static void installGlobals() {
    System.setProperty("java.awt.headless", "true");
    GitTuning.install(); // JGit's process-wide caches, sized for whole-history walks
    Progress.setEnabled(System.console() != null);
  }

  /** Runs a command line and returns its exit code; tests call this instead of {@link #main}. */
  public static int run(String... args) {
    try {
      return newCommandLine(System.getenv()).execute(args);
    } catch (OutOfMemoryError e) {
      // analyze says more (how much its commit table needs); any other stage still gets advice.
      System.err.println(
          "ossatlas: out of memory: the Java heap is limited to "
              + Runtime.getRuntime().maxMemory() / (1024 * 1024)
              + " MiB. Give it more with OSSATLAS_JAVA_OPTS, for example"
              + " `OSSATLAS_JAVA_OPTS=-Xmx8g make site` (the default is -Xmx4g). Every stage"
              + " replaces its outputs atomically, so the previous ones are as they were.");
      return ExitCode.SOFTWARE;
    }
  }

  /** A usage mistake gets one line and a pointer to the help, not the whole help text. */
  private static int usageError(CommandLine.ParameterException e, String[] args) {
    CommandLine cli = e.getCommandLine();
    cli.getErr().println("ossatlas: " + MessageOnlyExceptionHandler.shown(e.getMessage()));
    cli.getErr().println("Try '" + cli.getCommandSpec().qualifiedName() + " --help'.");
    return ExitCode.USAGE;
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
