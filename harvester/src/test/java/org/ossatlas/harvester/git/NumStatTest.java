package org.ossatlas.harvester.git;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.eclipse.jgit.diff.DiffAlgorithm;
import org.eclipse.jgit.diff.Edit;
import org.eclipse.jgit.diff.RawText;
import org.eclipse.jgit.diff.RawTextComparator;
import org.junit.jupiter.api.Test;

/** The trimmed line count against JGit's Myers on the whole texts. */
class NumStatTest {
  private static long plainMyers(byte[] a, byte[] b) {
    long deleted = 0;
    long added = 0;
    for (Edit e :
        DiffAlgorithm.getAlgorithm(DiffAlgorithm.SupportedAlgorithm.MYERS)
            .diff(RawTextComparator.DEFAULT, new RawText(a), new RawText(b))) {
      deleted += e.getLengthA();
      added += e.getLengthB();
    }
    return (deleted << 32) | added;
  }

  private static void same(String a, String b) {
    byte[] x = a.getBytes(StandardCharsets.UTF_8);
    byte[] y = b.getBytes(StandardCharsets.UTF_8);
    long expected = plainMyers(x, y);
    long actual = NumStat.lineChanges(x, y);
    assertEquals(expected >>> 32, actual >>> 32, "deleted: [" + a + "] -> [" + b + "]");
    assertEquals((int) expected, (int) actual, "added: [" + a + "] -> [" + b + "]");
  }

  @Test
  void edgeCases() {
    same("x\n", "yx\n");
    same("x\n", "y\nx\n");
    same("yx\n", "x\n");
    same("a\nb", "a\nb\n");
    same("a\nb\n", "a\nb");
    same("", "a\n");
    same("a\n", "");
    same("a\nb\nc\n", "a\nc\n");
    same("a\nb\nc\n", "a\nbb\nc\n");
    same("same\n", "same\n");
    same("ab\ncd", "ab\ncd\nef");
    same("\n\n\n", "\n\n");
  }

  @Test
  void randomEditsOfRandomTexts() {
    Random random = new Random(5);
    String[] alphabet = {"a", "b", "", "ab", "ba", "a b", "}"};
    for (int round = 0; round < 3000; round++) {
      StringBuilder a = new StringBuilder();
      StringBuilder b = new StringBuilder();
      int n = random.nextInt(12);
      for (int i = 0; i < n; i++) {
        String line = alphabet[random.nextInt(alphabet.length)];
        a.append(line).append(random.nextInt(10) == 0 && i == n - 1 ? "" : "\n");
        int what = random.nextInt(5);
        if (what == 0) {
          continue;
        }
        b.append(what == 1 ? alphabet[random.nextInt(alphabet.length)] : line);
        b.append(random.nextInt(10) == 0 && i == n - 1 ? "" : "\n");
        if (what == 2) {
          b.append(alphabet[random.nextInt(alphabet.length)]).append('\n');
        }
      }
      same(a.toString(), b.toString());
    }
  }
}
