package org.ossatlas.bench;

import java.util.List;

/** One stage measured beside its baseline on the same workload, in the same run. */
interface Benchmark {
  String name();

  /** Runs the stage and its baseline; returns the figures to print. */
  List<Comparison> run(BenchContext context) throws Exception;
}
