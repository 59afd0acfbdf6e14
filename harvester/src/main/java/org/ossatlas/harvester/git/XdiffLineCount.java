package org.ossatlas.harvester.git;

import java.util.Arrays;

/**
 * Lines deleted and added between two texts, decided the way git's xdiff (git 2.39, default Myers,
 * no whitespace flags) decides them, so that the counts equal {@code git diff --numstat} exactly.
 *
 * <p>xdiff is not a minimal diff. Ported here are the parts that choose which lines change:
 *
 * <ul>
 *   <li>records are lines with their {@code '\n'} (a last line without one is another record);
 *   <li>{@code xdl_trim_ends}: whole records common at both ends are left out;
 *   <li>{@code xdl_cleanup_records}: a record that never occurs in the other file is changed; one
 *       that occurs there at least {@code min(bogosqrt(nrec), 1024)} times is dropped as changed
 *       when {@code xdl_clean_mmatch} finds it inside a run of unmatched records;
 *   <li>{@code xdl_recs_cmp}/{@code xdl_split}: Myers' middle snake with xdiff's cut-offs (the
 *       "interesting snake" heuristic past cost 256 and the furthest-reaching split past {@code
 *       max(bogosqrt(ndiags), 256)}), which return non-minimal splits.
 * </ul>
 *
 * {@code xdl_change_compact} only slides groups of changes and leaves the counts alone, so it is
 * not ported. Occurrence counts and {@code nrec} are over the whole files, as in xdiff, although
 * the common ends are cut off first with a vectorised byte compare.
 */
final class XdiffLineCount {
  private static final int MAX_EQLIMIT = 1024;
  private static final int SIMSCAN_WINDOW = 100;
  private static final int KPDIS_RUN = 4;
  private static final int MAX_COST_MIN = 256;
  private static final int HEUR_MIN_COST = 256;
  private static final int SNAKE_CNT = 20;
  private static final int K_HEUR = 4;
  private static final int LINE_MAX = Integer.MAX_VALUE;

  private XdiffLineCount() {}

  /** Lines deleted (high 32 bits) and added (low 32 bits) from {@code a} to {@code b}. */
  static long count(byte[] a, byte[] b) {
    int limit = Math.min(a.length, b.length);
    int prefix = Arrays.mismatch(a, b);
    if (prefix < 0) {
      return 0; // identical contents
    }
    while (prefix > 0 && a[prefix - 1] != '\n') {
      prefix--;
    }
    int suffix = Bytes.commonSuffix(a, b, limit - prefix);
    while (suffix > 0 && !(lineStart(a, a.length - suffix) && lineStart(b, b.length - suffix))) {
      suffix--;
    }
    int endA = a.length - suffix;
    int endB = b.length - suffix;
    if (prefix == endA || prefix == endB) {
      // One side has nothing between the common ends: every middle record of the other changes.
      return ((long) lines(a, prefix, endA) << 32) | lines(b, prefix, endB);
    }
    return new XdiffLineCount.Run(a, b, prefix, endA, endB, suffix).count();
  }

  private static boolean lineStart(byte[] raw, int at) {
    return at == 0 || raw[at - 1] == '\n';
  }

  /** Records in {@code raw[from, to)}: newlines, plus one for a last line without one. */
  static int lines(byte[] raw, int from, int to) {
    int n = Bytes.countNewlines(raw, from, to);
    if (to > from && raw[to - 1] != '\n') {
      n++;
    }
    return n;
  }

  /** xdiff's integer "square root": {@code for (i = 1; n > 0; n >>= 2) i <<= 1;}. */
  static int bogosqrt(long n) {
    int i = 1;
    for (; n > 0; n >>= 2) {
      i <<= 1;
    }
    return i;
  }

  /** One comparison: the middle records, their classes and the Myers state. */
  private static final class Run {
    private final byte[] a;
    private final byte[] b;
    private final int start;
    private final int endA;
    private final int endB;
    private final int suffix;

    // The records of the middles: start offsets, with one more entry for the end.
    private int[] recA;
    private int[] recB;
    private int nA;
    private int nB;
    private int[] classA;
    private int[] classB;

    // Classes: a representative (which text, offset, length), its hash, counts per file.
    private int classes;
    private byte[][] repText = new byte[16][];
    private int[] repStart = new int[16];
    private int[] repLen = new int[16];
    private int[] repHash = new int[16];
    private int[] count1 = new int[16];
    private int[] count2 = new int[16];
    private int[] table;
    private int mask;

    // Myers over the records that take part (xdiff's nreff), by class.
    private int[] ha1;
    private int[] ha2;
    private int[] kvdf;
    private int[] kvdb;
    private int kOff;
    private int kbOff;
    private int mxcost;
    private long changed1;
    private long changed2;

    // The result of one split.
    private int splI1;
    private int splI2;
    private boolean minLo;
    private boolean minHi;

    Run(byte[] a, byte[] b, int start, int endA, int endB, int suffix) {
      this.a = a;
      this.b = b;
      this.start = start;
      this.endA = endA;
      this.endB = endB;
      this.suffix = suffix;
    }

    long count() {
      recA = records(a, start, endA);
      nA = recordCount;
      recB = records(b, start, endB);
      nB = recordCount;
      int size = Integer.highestOneBit(Math.max(16, (nA + nB) * 2)) << 1;
      table = new int[size];
      mask = size - 1;
      classA = new int[nA];
      for (int i = 0; i < nA; i++) {
        int c = classify(a, recA[i], recA[i + 1], true);
        classA[i] = c;
        count1[c]++;
      }
      classB = new int[nB];
      for (int i = 0; i < nB; i++) {
        int c = classify(b, recB[i], recB[i + 1], true);
        classB[i] = c;
        count2[c]++;
      }
      // The common ends are in both files: count the records of known classes there.
      int commonRecords = countCommon(0, start) + countCommon(a.length - suffix, a.length);
      long nrec1 = (long) nA + commonRecords;
      long nrec2 = (long) nB + commonRecords;

      byte[] dis1 = new byte[nA];
      int mlim = Math.min(bogosqrt(nrec1), MAX_EQLIMIT);
      for (int i = 0; i < nA; i++) {
        int nm = count2[classA[i]];
        dis1[i] = (byte) (nm == 0 ? 0 : nm >= mlim ? 2 : 1);
      }
      byte[] dis2 = new byte[nB];
      mlim = Math.min(bogosqrt(nrec2), MAX_EQLIMIT);
      for (int i = 0; i < nB; i++) {
        int nm = count1[classB[i]];
        dis2[i] = (byte) (nm == 0 ? 0 : nm >= mlim ? 2 : 1);
      }
      ha1 = new int[nA];
      int nreff1 = 0;
      for (int i = 0; i < nA; i++) {
        if (dis1[i] == 1 || (dis1[i] == 2 && !cleanMmatch(dis1, i, 0, nA - 1))) {
          ha1[nreff1++] = classA[i];
        } else {
          changed1++;
        }
      }
      ha2 = new int[nB];
      int nreff2 = 0;
      for (int i = 0; i < nB; i++) {
        if (dis2[i] == 1 || (dis2[i] == 2 && !cleanMmatch(dis2, i, 0, nB - 1))) {
          ha2[nreff2++] = classB[i];
        } else {
          changed2++;
        }
      }

      int ndiags = nreff1 + nreff2 + 3;
      kvdf = new int[ndiags];
      kvdb = new int[ndiags];
      kOff = nreff2 + 1;
      kbOff = nreff2 + 1;
      mxcost = Math.max(bogosqrt(ndiags), MAX_COST_MIN);
      recsCmp(0, nreff1, 0, nreff2, false);
      return (changed1 << 32) | changed2;
    }

    private int recordCount;

    /** Offsets of the records of {@code raw[from, to)}, {@code to} appended; sets recordCount. */
    private int[] records(byte[] raw, int from, int to) {
      int[] starts = new int[64];
      int n = 0;
      int i = from;
      while (i < to) {
        if (n + 1 >= starts.length) {
          starts = Arrays.copyOf(starts, starts.length * 2);
        }
        starts[n++] = i;
        i = Bytes.nextNewline(raw, i, to);
        if (i < to) {
          i++;
        }
      }
      starts[n] = to;
      recordCount = n;
      return starts;
    }

    /** The class of record {@code raw[from, to)}: a new one if {@code add}, else -1 if unknown. */
    private int classify(byte[] raw, int from, int to, boolean add) {
      int h = Bytes.hash(raw, from, to);
      int len = to - from;
      int slot = h & mask;
      while (true) {
        int c = table[slot] - 1;
        if (c < 0) {
          break;
        }
        if (repHash[c] == h
            && repLen[c] == len
            && Arrays.equals(repText[c], repStart[c], repStart[c] + len, raw, from, from + len)) {
          return c;
        }
        slot = (slot + 1) & mask;
      }
      if (!add) {
        return -1;
      }
      int c = classes++;
      if (c == repHash.length) {
        int n = c * 2;
        repText = Arrays.copyOf(repText, n);
        repStart = Arrays.copyOf(repStart, n);
        repLen = Arrays.copyOf(repLen, n);
        repHash = Arrays.copyOf(repHash, n);
        count1 = Arrays.copyOf(count1, n);
        count2 = Arrays.copyOf(count2, n);
      }
      repText[c] = raw;
      repStart[c] = from;
      repLen[c] = len;
      repHash[c] = h;
      table[slot] = c + 1;
      return c;
    }

    /** Adds the records of the common {@code a[from, to)} to both files' counts; their number. */
    private int countCommon(int from, int to) {
      int n = 0;
      int i = from;
      while (i < to) {
        int s = i;
        i = Bytes.nextNewline(a, i, to);
        if (i < to) {
          i++;
        }
        n++;
        int c = classify(a, s, i, false);
        if (c >= 0) {
          count1[c]++;
          count2[c]++;
        }
      }
      return n;
    }

    /** xdl_clean_mmatch: true to discard multi-match record i sitting among unmatched ones. */
    private static boolean cleanMmatch(byte[] dis, int i, int s, int e) {
      if (i - s > SIMSCAN_WINDOW) {
        s = i - SIMSCAN_WINDOW;
      }
      if (e - i > SIMSCAN_WINDOW) {
        e = i + SIMSCAN_WINDOW;
      }
      int rdis0 = 0;
      int rpdis0 = 1;
      for (int r = 1; i - r >= s; r++) {
        if (dis[i - r] == 0) {
          rdis0++;
        } else if (dis[i - r] == 2) {
          rpdis0++;
        } else {
          break;
        }
      }
      if (rdis0 == 0) {
        return false;
      }
      int rdis1 = 0;
      int rpdis1 = 1;
      for (int r = 1; i + r <= e; r++) {
        if (dis[i + r] == 0) {
          rdis1++;
        } else if (dis[i + r] == 2) {
          rpdis1++;
        } else {
          break;
        }
      }
      if (rdis1 == 0) {
        return false;
      }
      rdis1 += rdis0;
      rpdis1 += rpdis0;
      return rpdis1 * KPDIS_RUN < rpdis1 + rdis1;
    }

    /** xdl_recs_cmp, with the second half of each split on an explicit stack. */
    private void recsCmp(int off1, int lim1, int off2, int lim2, boolean needMin) {
      int[] stack = new int[40];
      int top = 0;
      while (true) {
        while (off1 < lim1 && off2 < lim2 && ha1[off1] == ha2[off2]) {
          off1++;
          off2++;
        }
        while (off1 < lim1 && off2 < lim2 && ha1[lim1 - 1] == ha2[lim2 - 1]) {
          lim1--;
          lim2--;
        }
        if (off1 == lim1 || off2 == lim2) {
          changed1 += lim1 - off1;
          changed2 += lim2 - off2;
          if (top == 0) {
            return;
          }
          top -= 5;
          off1 = stack[top];
          lim1 = stack[top + 1];
          off2 = stack[top + 2];
          lim2 = stack[top + 3];
          needMin = stack[top + 4] != 0;
          continue;
        }
        split(off1, lim1, off2, lim2, needMin);
        if (top + 5 > stack.length) {
          stack = Arrays.copyOf(stack, stack.length * 2);
        }
        stack[top] = splI1;
        stack[top + 1] = lim1;
        stack[top + 2] = splI2;
        stack[top + 3] = lim2;
        stack[top + 4] = minHi ? 1 : 0;
        top += 5;
        lim1 = splI1;
        lim2 = splI2;
        needMin = minLo;
      }
    }

    private int kf(int d) {
      return kvdf[d + kOff];
    }

    private int kb(int d) {
      return kvdb[d + kbOff];
    }

    /** xdl_split: the middle snake, or xdiff's heuristic split once the cost grows. */
    private void split(int off1, int lim1, int off2, int lim2, boolean needMin) {
      final int[] ha1 = this.ha1;
      final int[] ha2 = this.ha2;
      final int[] kvdf = this.kvdf;
      final int[] kvdb = this.kvdb;
      final int ko = kOff;
      final int kbo = kbOff;
      int dmin = off1 - lim2;
      int dmax = lim1 - off2;
      int fmid = off1 - off2;
      int bmid = lim1 - lim2;
      boolean odd = ((fmid - bmid) & 1) != 0;
      int fmin = fmid;
      int fmax = fmid;
      int bmin = bmid;
      int bmax = bmid;

      kvdf[fmid + ko] = off1;
      kvdb[bmid + kbo] = lim1;

      for (int ec = 1; ; ec++) {
        boolean gotSnake = false;

        if (fmin > dmin) {
          kvdf[--fmin - 1 + ko] = -1;
        } else {
          ++fmin;
        }
        if (fmax < dmax) {
          kvdf[++fmax + 1 + ko] = -1;
        } else {
          --fmax;
        }
        for (int d = fmax; d >= fmin; d -= 2) {
          int i1;
          if (kvdf[d - 1 + ko] >= kvdf[d + 1 + ko]) {
            i1 = kvdf[d - 1 + ko] + 1;
          } else {
            i1 = kvdf[d + 1 + ko];
          }
          int prev1 = i1;
          int i2 = i1 - d;
          while (i1 < lim1 && i2 < lim2 && ha1[i1] == ha2[i2]) {
            i1++;
            i2++;
          }
          if (i1 - prev1 > SNAKE_CNT) {
            gotSnake = true;
          }
          kvdf[d + ko] = i1;
          if (odd && bmin <= d && d <= bmax && kvdb[d + kbo] <= i1) {
            splI1 = i1;
            splI2 = i2;
            minLo = true;
            minHi = true;
            return;
          }
        }

        if (bmin > dmin) {
          kvdb[--bmin - 1 + kbo] = LINE_MAX;
        } else {
          ++bmin;
        }
        if (bmax < dmax) {
          kvdb[++bmax + 1 + kbo] = LINE_MAX;
        } else {
          --bmax;
        }
        for (int d = bmax; d >= bmin; d -= 2) {
          int i1;
          if (kvdb[d - 1 + kbo] < kvdb[d + 1 + kbo]) {
            i1 = kvdb[d - 1 + kbo];
          } else {
            i1 = kvdb[d + 1 + kbo] - 1;
          }
          int prev1 = i1;
          int i2 = i1 - d;
          while (i1 > off1 && i2 > off2 && ha1[i1 - 1] == ha2[i2 - 1]) {
            i1--;
            i2--;
          }
          if (prev1 - i1 > SNAKE_CNT) {
            gotSnake = true;
          }
          kvdb[d + kbo] = i1;
          if (!odd && fmin <= d && d <= fmax && i1 <= kvdf[d + ko]) {
            splI1 = i1;
            splI2 = i2;
            minLo = true;
            minHi = true;
            return;
          }
        }

        if (needMin) {
          continue;
        }

        if (gotSnake && ec > HEUR_MIN_COST) {
          long best = 0;
          for (int d = fmax; d >= fmin; d -= 2) {
            int dd = d > fmid ? d - fmid : fmid - d;
            int i1 = kf(d);
            int i2 = i1 - d;
            long v = (long) (i1 - off1) + (i2 - off2) - dd;
            if (v > (long) K_HEUR * ec
                && v > best
                && off1 + SNAKE_CNT <= i1
                && i1 < lim1
                && off2 + SNAKE_CNT <= i2
                && i2 < lim2) {
              for (int k = 1; ha1[i1 - k] == ha2[i2 - k]; k++) {
                if (k == SNAKE_CNT) {
                  best = v;
                  splI1 = i1;
                  splI2 = i2;
                  break;
                }
              }
            }
          }
          if (best > 0) {
            minLo = true;
            minHi = false;
            return;
          }
          for (int d = bmax; d >= bmin; d -= 2) {
            int dd = d > bmid ? d - bmid : bmid - d;
            int i1 = kb(d);
            int i2 = i1 - d;
            long v = (long) (lim1 - i1) + (lim2 - i2) - dd;
            if (v > (long) K_HEUR * ec
                && v > best
                && off1 < i1
                && i1 <= lim1 - SNAKE_CNT
                && off2 < i2
                && i2 <= lim2 - SNAKE_CNT) {
              for (int k = 0; ha1[i1 + k] == ha2[i2 + k]; k++) {
                if (k == SNAKE_CNT - 1) {
                  best = v;
                  splI1 = i1;
                  splI2 = i2;
                  break;
                }
              }
            }
          }
          if (best > 0) {
            minLo = false;
            minHi = true;
            return;
          }
        }

        if (ec >= mxcost) {
          long fbest = -1;
          int fbest1 = -1;
          for (int d = fmax; d >= fmin; d -= 2) {
            int i1 = Math.min(kf(d), lim1);
            int i2 = i1 - d;
            if (lim2 < i2) {
              i1 = lim2 + d;
              i2 = lim2;
            }
            if (fbest < (long) i1 + i2) {
              fbest = (long) i1 + i2;
              fbest1 = i1;
            }
          }
          long bbest = Long.MAX_VALUE;
          int bbest1 = LINE_MAX;
          for (int d = bmax; d >= bmin; d -= 2) {
            int i1 = Math.max(off1, kb(d));
            int i2 = i1 - d;
            if (i2 < off2) {
              i1 = off2 + d;
              i2 = off2;
            }
            if ((long) i1 + i2 < bbest) {
              bbest = (long) i1 + i2;
              bbest1 = i1;
            }
          }
          if (((long) lim1 + lim2) - bbest < fbest - ((long) off1 + off2)) {
            splI1 = fbest1;
            splI2 = (int) (fbest - fbest1);
            minLo = true;
            minHi = false;
          } else {
            splI1 = bbest1;
            splI2 = (int) (bbest - bbest1);
            minLo = false;
            minHi = true;
          }
          return;
        }
      }
    }
  }
}
