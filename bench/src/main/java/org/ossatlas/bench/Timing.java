package org.ossatlas.bench;

import java.util.Arrays;

/** Wall-clock timing by the median of repetitions, after one warm-up when asked. */
final class Timing {
  private Timing() {}

  @FunctionalInterface
  interface Work {
    void run() throws Exception;
  }

  /** Median seconds of {@code repetitions} runs of {@code work}. */
  static double medianSeconds(int repetitions, Work work) throws Exception {
    double[] seconds = new double[Math.max(1, repetitions)];
    for (int i = 0; i < seconds.length; i++) {
      long start = System.nanoTime();
      work.run();
      seconds[i] = (System.nanoTime() - start) / 1e9;
    }
    Arrays.sort(seconds);
    return seconds[seconds.length / 2];
  }
}
