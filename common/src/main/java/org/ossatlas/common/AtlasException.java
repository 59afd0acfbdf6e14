package org.ossatlas.common;

/**
 * A failure the user can act on: its message says what is wrong and what to do, and it carries the
 * exit code the command ends with. The CLI prints the message without a stack trace unless {@code
 * --debug} is given.
 */
public class AtlasException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final int exitCode;

  public AtlasException(int exitCode, String message) {
    super(message);
    this.exitCode = exitCode;
  }

  public AtlasException(int exitCode, String message, Throwable cause) {
    super(message, cause);
    this.exitCode = exitCode;
  }

  public static AtlasException invalidData(String message) {
    return new AtlasException(ExitCode.DATA_ERR, message);
  }

  public static AtlasException usage(String message) {
    return new AtlasException(ExitCode.USAGE, message);
  }

  public int exitCode() {
    return exitCode;
  }
}
