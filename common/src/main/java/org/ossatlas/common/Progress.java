package org.ossatlas.common;

import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * A progress bar on an interactive terminal, nothing under cron or in tests, so that logs stay
 * clean. Off unless the program's entry point turns it on ({@code cli}'s {@code Main}: when there
 * is a console and no {@code --quiet}); library code never does. Close it when the step ends.
 */
public final class Progress implements AutoCloseable {
  private static volatile boolean enabled;
  private final ProgressBar bar;

  private Progress(ProgressBar bar) {
    this.bar = bar;
  }

  /** Turns bars on or off for the whole process; called by the entry point only. */
  public static void setEnabled(boolean on) {
    enabled = on;
  }

  public static Progress start(String task, long total) {
    if (!enabled) {
      return new Progress(null);
    }
    ProgressBar bar =
        new ProgressBarBuilder()
            .setTaskName(task)
            .setInitialMax(total)
            .setStyle(ProgressBarStyle.ASCII)
            .setUpdateIntervalMillis(250)
            .continuousUpdate()
            .build();
    return new Progress(bar);
  }

  public void step() {
    stepBy(1);
  }

  public synchronized void stepBy(long n) {
    if (bar != null) {
      bar.stepBy(n);
    }
  }

  public synchronized void message(String extra) {
    if (bar != null) {
      bar.setExtraMessage(extra);
    }
  }

  public synchronized void maxHint(long total) {
    if (bar != null) {
      bar.maxHint(total);
    }
  }

  @Override
  public void close() {
    if (bar != null) {
      bar.close();
    }
  }
}
