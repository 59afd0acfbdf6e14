package org.ossatlas.cli;

import org.ossatlas.common.AtlasException;
import org.ossatlas.common.ExitCode;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/** Errors become one line the user can act on; the stack trace only with {@code --debug}. */
final class MessageOnlyExceptionHandler implements IExecutionExceptionHandler {

  @Override
  public int handleExecutionException(Exception e, CommandLine cli, ParseResult parsed) {
    boolean debug = parsed.hasMatchedOption("--debug");
    if (debug) {
      e.printStackTrace(cli.getErr());
    }
    if (e instanceof AtlasException atlas) {
      cli.getErr().println("ossatlas: " + atlas.getMessage());
      return atlas.exitCode();
    }
    cli.getErr()
        .println(
            "ossatlas: unexpected error: "
                + e
                + (debug ? "" : " (run again with --debug for the stack trace)"));
    return ExitCode.SOFTWARE;
  }
}
