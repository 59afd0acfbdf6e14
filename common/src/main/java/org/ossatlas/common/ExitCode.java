package org.ossatlas.common;

/** Process exit codes listed in the README and every --help; cron and scripts rely on them. */
public final class ExitCode {
  /** Success; for {@code harvest}, every repository is caught up. */
  public static final int OK = 0;

  /** Anything unexpected. */
  public static final int SOFTWARE = 1;

  /** Wrong flags or arguments. */
  public static final int USAGE = 2;

  /** Invalid input data: curated sheets, a corrupt raw file. */
  public static final int DATA_ERR = 65;

  /** Stopped cleanly at a budget or rate limit with work left: run again later. */
  public static final int TEMP_FAIL = 75;

  private ExitCode() {}
}
