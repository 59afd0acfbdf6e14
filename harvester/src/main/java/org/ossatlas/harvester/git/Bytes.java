package org.ossatlas.harvester.git;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Scans of blob bytes eight at a time (SWAR: bit tricks on a {@code long}), for the loops every
 * diff runs over whole files: finding and counting newlines, looking for a NUL, hashing a line.
 * Byte-at-a-time loops over each file version were a fifth of the walk's CPU time.
 */
final class Bytes {
  private static final VarHandle LONGS =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
  private static final long ONES = 0x0101010101010101L;
  private static final long LOW7 = 0x7F7F7F7F7F7F7F7FL;
  private static final long NEWLINES = ONES * '\n';

  private Bytes() {}

  /** The high bit of every byte of {@code x} that is zero, and of no other byte. */
  private static long zeroBytes(long x) {
    return ~(((x & LOW7) + LOW7) | x | LOW7);
  }

  /** The index of the first {@code '\n'} in {@code raw[from, to)}, or {@code to}. */
  static int nextNewline(byte[] raw, int from, int to) {
    int i = from;
    for (; i + 8 <= to; i += 8) {
      long hits = zeroBytes((long) LONGS.get(raw, i) ^ NEWLINES);
      if (hits != 0) {
        return i + (Long.numberOfTrailingZeros(hits) >>> 3);
      }
    }
    for (; i < to; i++) {
      if (raw[i] == '\n') {
        return i;
      }
    }
    return to;
  }

  /** The number of {@code '\n'} in {@code raw[from, to)}. */
  static int countNewlines(byte[] raw, int from, int to) {
    int n = 0;
    int i = from;
    for (; i + 8 <= to; i += 8) {
      n += Long.bitCount(zeroBytes((long) LONGS.get(raw, i) ^ NEWLINES));
    }
    for (; i < to; i++) {
      if (raw[i] == '\n') {
        n++;
      }
    }
    return n;
  }

  /** Whether {@code raw[from, to)} holds a NUL byte. */
  static boolean hasNul(byte[] raw, int from, int to) {
    int i = from;
    for (; i + 8 <= to; i += 8) {
      if (zeroBytes((long) LONGS.get(raw, i)) != 0) {
        return true;
      }
    }
    for (; i < to; i++) {
      if (raw[i] == 0) {
        return true;
      }
    }
    return false;
  }

  /** A well-mixed hash of {@code raw[from, to)}; equal bytes give equal hashes. */
  static int hash(byte[] raw, int from, int to) {
    long h = to - from;
    int i = from;
    for (; i + 8 <= to; i += 8) {
      h = (h ^ (long) LONGS.get(raw, i)) * 0x9E3779B97F4A7C15L;
      h ^= h >>> 29;
    }
    long tail = 0;
    for (int shift = 0; i < to; i++, shift += 8) {
      tail |= (raw[i] & 0xFFL) << shift;
    }
    h = (h ^ tail) * 0x9E3779B97F4A7C15L;
    h ^= h >>> 32;
    return (int) h;
  }

  /**
   * The number of bytes, up to {@code max}, that {@code a} and {@code b} have in common at their
   * ends.
   */
  static int commonSuffix(byte[] a, byte[] b, int max) {
    int n = 0;
    while (n + 8 <= max
        && (long) LONGS.get(a, a.length - n - 8) == (long) LONGS.get(b, b.length - n - 8)) {
      n += 8;
    }
    while (n < max && a[a.length - 1 - n] == b[b.length - 1 - n]) {
      n++;
    }
    return n;
  }
}
