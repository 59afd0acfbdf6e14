package org.ossatlas.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;
import picocli.CommandLine;

/** Runs the real {@code ossatlas} command line in this JVM and keeps what it printed. */
record CommandRun(int exitCode, String out, String err) {

  static CommandRun of(String... args) {
    return withEnv(Map.of(), args);
  }

  /** Runs with {@code env} as the whole environment (settings and secrets). */
  static CommandRun withEnv(Map<String, String> env, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cli = Main.newCommandLine(env);
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    int code = cli.execute(args);
    return new CommandRun(code, out.toString(), err.toString());
  }
}
