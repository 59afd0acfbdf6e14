package org.ossatlas.bench;

import java.nio.file.Path;

/**
 * What a benchmark works with: a scratch folder (kept between runs, so generated workloads are
 * reused), the scale, and how many times to repeat each timing (the median is reported).
 */
record BenchContext(Path workDir, Scale scale, int repetitions) {

  /**
   * {@code full} is the realistic scale of the issue; {@code huge} a CNCF-size landscape (10,000
   * projects, 50 million commits, the claim of issue 11); {@code quick} checks the harness.
   */
  enum Scale {
    QUICK(100, 200_000),
    MEDIUM(500, 1_000_000),
    FULL(1_000, 5_000_000),
    HUGE(10_000, 50_000_000);

    final int projects;
    final long commits;

    Scale(int projects, long commits) {
      this.projects = projects;
      this.commits = commits;
    }
  }

  Path file(String name) {
    return workDir.resolve(scale.name().toLowerCase(java.util.Locale.ROOT)).resolve(name);
  }
}
