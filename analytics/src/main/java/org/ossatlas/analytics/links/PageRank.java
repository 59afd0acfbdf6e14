package org.ossatlas.analytics.links;

import it.unimi.dsi.fastutil.longs.Long2DoubleOpenHashMap;
import java.util.Arrays;

/**
 * PageRank over an undirected weighted graph: each edge passes rank both ways in proportion to its
 * weight, a node without edges spreads its rank evenly (as the random surfer jumps anywhere), and
 * the damping is {@value #DAMPING}. Iterates until the ranks move less than {@value #TOLERANCE} in
 * total, or {@value #MAX_ITERATIONS} times. The ranks sum to 1.
 */
public final class PageRank {
  public static final double DAMPING = 0.85;
  public static final double TOLERANCE = 1e-12;
  public static final int MAX_ITERATIONS = 200;

  private final int nodes;
  private final Long2DoubleOpenHashMap weights = new Long2DoubleOpenHashMap();
  private int iterations;

  public PageRank(int nodes) {
    this.nodes = nodes;
  }

  /**
   * Adds {@code weight} to the undirected edge between {@code a} and {@code b}; loops are ignored.
   */
  public PageRank edge(int a, int b, double weight) {
    if (a != b && weight > 0) {
      weights.addTo(a < b ? (long) a * nodes + b : (long) b * nodes + a, weight);
    }
    return this;
  }

  /** The rank of each node. */
  public double[] run() {
    if (nodes == 0) {
      return new double[0];
    }
    long[] keys = weights.keySet().toLongArray();
    Arrays.sort(keys); // a fixed summation order: the same bytes on every run
    int[] from = new int[keys.length];
    int[] to = new int[keys.length];
    double[] w = new double[keys.length];
    double[] degree = new double[nodes];
    for (int e = 0; e < keys.length; e++) {
      from[e] = (int) (keys[e] / nodes);
      to[e] = (int) (keys[e] % nodes);
      w[e] = weights.get(keys[e]);
      degree[from[e]] += w[e];
      degree[to[e]] += w[e];
    }
    double[] rank = new double[nodes];
    Arrays.fill(rank, 1.0 / nodes);
    iterations = 0;
    while (iterations < MAX_ITERATIONS) {
      iterations++;
      double dangling = 0;
      for (int v = 0; v < nodes; v++) {
        if (degree[v] == 0) {
          dangling += rank[v];
        }
      }
      double[] next = new double[nodes];
      Arrays.fill(next, (1 - DAMPING) / nodes + DAMPING * dangling / nodes);
      for (int e = 0; e < keys.length; e++) {
        next[to[e]] += DAMPING * rank[from[e]] * w[e] / degree[from[e]];
        next[from[e]] += DAMPING * rank[to[e]] * w[e] / degree[to[e]];
      }
      double change = 0;
      for (int v = 0; v < nodes; v++) {
        change += Math.abs(next[v] - rank[v]);
      }
      rank = next;
      if (change < TOLERANCE) {
        break;
      }
    }
    return rank;
  }

  /** How many iterations the last {@link #run()} took. */
  public int iterations() {
    return iterations;
  }
}
