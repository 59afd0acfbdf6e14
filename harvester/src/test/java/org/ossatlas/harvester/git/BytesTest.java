package org.ossatlas.harvester.git;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The eight-bytes-at-a-time scans against the obvious byte loops, at every alignment. */
class BytesTest {
  @Test
  void scansAgreeWithByteLoops() {
    SplittableRandom random = new SplittableRandom(15);
    byte[] alphabet = {'\n', 0, 'a', '\n' + 1, '\n' - 1, (byte) 0x8A, (byte) 0x80, 0x7F};
    for (int round = 0; round < 3000; round++) {
      byte[] raw = new byte[random.nextInt(40)];
      for (int i = 0; i < raw.length; i++) {
        raw[i] = alphabet[random.nextInt(random.nextBoolean() ? 2 : alphabet.length)];
      }
      int from = raw.length == 0 ? 0 : random.nextInt(raw.length + 1);
      int to = from + random.nextInt(raw.length - from + 1);
      int next = to;
      int count = 0;
      boolean nul = false;
      for (int i = to - 1; i >= from; i--) {
        if (raw[i] == '\n') {
          next = i;
          count++;
        }
        nul |= raw[i] == 0;
      }
      assertEquals(next, Bytes.nextNewline(raw, from, to));
      assertEquals(count, Bytes.countNewlines(raw, from, to));
      assertEquals(nul, Bytes.hasNul(raw, from, to));
      byte[] other = raw.clone();
      int max = raw.length;
      if (max > 0) {
        int at = random.nextInt(max);
        other[at] ^= 1;
        assertEquals(raw.length - 1 - at, Bytes.commonSuffix(raw, other, max));
      }
      assertEquals(max, Bytes.commonSuffix(raw, raw.clone(), max));
    }
  }

  @Test
  void equalRecordsHashEquallyAndNeighboursDiffer() {
    byte[] a = "xx  return value;\nyy".getBytes(StandardCharsets.UTF_8);
    byte[] b = "  return value;\n".getBytes(StandardCharsets.UTF_8);
    assertEquals(Bytes.hash(a, 2, 18), Bytes.hash(b, 0, b.length));
    assertNotEquals(Bytes.hash(a, 2, 18), Bytes.hash(a, 2, 17));
    assertNotEquals(Bytes.hash(a, 2, 18), Bytes.hash(a, 3, 19));
  }
}
