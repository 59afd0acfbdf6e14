package org.ossatlas.cli;

import org.ossatlas.common.AtlasException;
import org.ossatlas.common.ExitCode;
import org.ossatlas.common.RepositoryUrl;
import org.ossatlas.common.TerminalText;
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
      cli.getErr().println("ossatlas: " + shown(atlas.getMessage()));
      return atlas.exitCode();
    }
    cli.getErr()
        .println(
            "ossatlas: unexpected error: "
                + shown(String.valueOf(e))
                + (debug ? "" : " (run again with --debug for the stack trace)"));
    return ExitCode.SOFTWARE;
  }

  /**
   * The last line of defence before the terminal: no URL credentials (a library may quote a URL)
   * and no terminal escapes from curated or upstream text; line breaks kept.
   */
  static String shown(String message) {
    return RepositoryUrl.redact(message)
        .lines()
        .map(TerminalText::escape)
        .collect(java.util.stream.Collectors.joining(System.lineSeparator()));
  }
}
