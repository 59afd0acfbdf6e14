package org.ossatlas.harvester.git;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The line counts against {@code git diff --no-index --numstat} itself: many generated pairs of
 * texts in two directories, one git run, every file's figures compared.
 */
class NumStatTest {
  @TempDir Path dir;

  /** Pairs of texts, compared with git in one run of {@code git diff --no-index}. */
  private final class Cases {
    private final List<byte[][]> pairs = new ArrayList<>();
    private final List<String> labels = new ArrayList<>();

    void add(String label, String a, String b) {
      add(label, a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
    }

    void add(String label, byte[] a, byte[] b) {
      pairs.add(new byte[][] {a, b});
      labels.add(label);
    }

    /** Every pair's (deleted, added) equals git's; the number of pairs that differ in git. */
    int check() throws IOException, InterruptedException {
      Path left = Files.createDirectories(dir.resolve("a"));
      Path right = Files.createDirectories(dir.resolve("b"));
      for (int i = 0; i < pairs.size(); i++) {
        Files.write(left.resolve(name(i)), pairs.get(i)[0]);
        Files.write(right.resolve(name(i)), pairs.get(i)[1]);
      }
      Map<String, long[]> git = gitNumstat(left, right);
      List<String> wrong = new ArrayList<>();
      for (int i = 0; i < pairs.size(); i++) {
        long[] expected = git.getOrDefault(name(i), new long[] {0, 0});
        long actual = NumStat.lineChanges(pairs.get(i)[0], pairs.get(i)[1]);
        long deleted = actual >>> 32;
        long added = (int) actual;
        if (expected[0] != added || expected[1] != deleted) {
          wrong.add(
              labels.get(i)
                  + " #"
                  + i
                  + ": git "
                  + expected[0]
                  + "/"
                  + expected[1]
                  + ", ours "
                  + added
                  + "/"
                  + deleted);
        }
      }
      assertTrue(wrong.isEmpty(), wrong.size() + " of " + pairs.size() + " differ: " + wrong);
      return git.size();
    }

    private String name(int i) {
      return String.format("f%05d.txt", i);
    }
  }

  private static Map<String, long[]> gitNumstat(Path left, Path right)
      throws IOException, InterruptedException {
    ProcessBuilder pb =
        new ProcessBuilder(
                "git",
                "-c",
                "diff.algorithm=myers",
                "diff",
                "--no-index",
                "--no-renames",
                "--numstat",
                left.getFileName().toString(),
                right.getFileName().toString())
            .directory(left.getParent().toFile())
            .redirectErrorStream(true);
    pb.environment().put("GIT_CONFIG_NOSYSTEM", "1");
    Process p = pb.start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    int rc = p.waitFor();
    assertTrue(rc == 0 || rc == 1, "git diff --no-index: " + rc + " " + out);
    Map<String, long[]> counts = new HashMap<>();
    for (String line : out.split("\n")) {
      if (line.isEmpty()) {
        continue;
      }
      String[] f = line.split("\t");
      String path = f[2];
      counts.put(
          path.substring(path.lastIndexOf('/') + 1),
          new long[] {Long.parseLong(f[0]), Long.parseLong(f[1])});
    }
    return counts;
  }

  @Test
  void edgeCases() throws Exception {
    Cases cases = new Cases();
    cases.add("edge", "x\n", "yx\n");
    cases.add("edge", "x\n", "y\nx\n");
    cases.add("edge", "yx\n", "x\n");
    cases.add("edge", "a\nb", "a\nb\n");
    cases.add("edge", "a\nb\n", "a\nb");
    cases.add("edge", "", "a\n");
    cases.add("edge", "a\n", "");
    cases.add("edge", "a\nb\nc\n", "a\nc\n");
    cases.add("edge", "a\nb\nc\n", "a\nbb\nc\n");
    cases.add("edge", "same\n", "same\n");
    cases.add("edge", "ab\ncd", "ab\ncd\nef");
    cases.add("edge", "\n\n\n", "\n\n");
    cases.add("edge", "x", "y");
    cases.add("edge", "a\n\nb\n", "c\n\nd\n");
    assertTrue(cases.check() > 0);
  }

  /**
   * Blank lines inside a run of changes: xdiff's pre-pass drops them as changed (a blank line
   * occurs more than sqrt(lines) times), so git deletes and re-adds them where a minimal diff would
   * keep them.
   */
  @Test
  void frequentLinesAmongChangesAreDeletedAndAdded() throws Exception {
    StringBuilder a = new StringBuilder();
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < 12; i++) {
      a.append("keep ").append(i).append("\n\n");
      b.append("keep ").append(i).append("\n\n");
    }
    // Eight unmatched lines around the blank one: 2 * 4 < 2 + 8 in xdl_clean_mmatch.
    a.append("old 1\nold 2\nold 3\nold 4\n\nold 5\nold 6\nold 7\nold 8\n");
    b.append("new 1\nnew 2\nnew 3\nnew 4\n\nnew 5\nnew 6\nnew 7\nnew 8\n");
    a.append("tail\n");
    b.append("tail\n");
    Cases cases = new Cases();
    cases.add("blank", a.toString(), b.toString());
    cases.check();
    long counts = NumStat.lineChanges(bytes(a), bytes(b));
    assertEquals(9, counts >>> 32, "deleted, the blank line among them");
    assertEquals(9, (int) counts, "added, the blank line among them");
  }

  /** A big rewrite: past a cost of 256 xdiff takes a heuristic, non-minimal split. */
  @Test
  void bigRewritesFollowTheCostCutOff() throws Exception {
    Random random = new Random(11);
    Cases cases = new Cases();
    for (int round = 0; round < 6; round++) {
      String[] pair = Generators.large(random);
      cases.add("large", pair[0], pair[1]);
      pair = Generators.clustered(random);
      cases.add("clustered", pair[0], pair[1]);
    }
    for (int round = 0; round < 3; round++) {
      String[] pair = Generators.huge(random);
      cases.add("huge", pair[0], pair[1]);
    }
    cases.check();
  }

  @Test
  void randomPairsMatchGit() throws Exception {
    int n = Integer.getInteger("xdiff.cases", 300);
    long seed = Long.getLong("xdiff.seed", 5);
    Random random = new Random(seed);
    Cases cases = new Cases();
    for (int i = 0; i < n; i++) {
      int kind = i % 6;
      String[] pair =
          switch (kind) {
            case 0 -> Generators.small(random);
            case 1 -> Generators.blanks(random, 20 + random.nextInt(300));
            case 2 -> Generators.blanks(random, 500 + random.nextInt(3000));
            case 3 -> Generators.rewrites(random);
            case 4 -> i % 30 == 4 ? Generators.clustered(random) : Generators.small(random);
            default ->
                i % 60 == 5
                    ? Generators.large(random)
                    : i % 300 == 11 ? Generators.huge(random) : Generators.small(random);
          };
      cases.add("seed " + seed + " kind " + kind, pair[0], pair[1]);
    }
    assertTrue(cases.check() > n / 2);
  }

  private static byte[] bytes(CharSequence s) {
    return s.toString().getBytes(StandardCharsets.UTF_8);
  }

  /** Generated texts: small alphabets, many blank lines, large rewrites. */
  static final class Generators {
    private Generators() {}

    static String[] small(Random random) {
      String[] alphabet = {"a", "b", "", "ab", "ba", "a b", "}"};
      StringBuilder a = new StringBuilder();
      StringBuilder b = new StringBuilder();
      int n = random.nextInt(14);
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
      return new String[] {a.toString(), b.toString()};
    }

    /** Code-like text: blank lines, braces, repeated and unique lines; block edits. */
    static String[] blanks(Random random, int lines) {
      int vocabulary = 3 + random.nextInt(40);
      List<String> a = new ArrayList<>();
      int unique = 0;
      for (int i = 0; i < lines; i++) {
        a.add(line(random, vocabulary, unique++));
      }
      List<String> b = new ArrayList<>(a);
      int edits = 1 + random.nextInt(1 + lines / (random.nextBoolean() ? 10 : 60));
      for (int e = 0; e < edits && !b.isEmpty(); e++) {
        int at = random.nextInt(b.size());
        int len = 1 + random.nextInt(random.nextInt(8) == 0 ? 60 : 8);
        switch (random.nextInt(3)) {
          case 0 -> {
            for (int k = 0; k < len && at < b.size(); k++) {
              b.remove(at);
            }
          }
          case 1 -> {
            for (int k = 0; k < len; k++) {
              b.add(at, line(random, vocabulary, 100_000 + unique++));
            }
          }
          default -> {
            for (int k = 0; k < len && at + k < b.size(); k++) {
              b.set(at + k, line(random, vocabulary, 100_000 + unique++));
            }
          }
        }
      }
      return new String[] {join(a, random), join(b, random)};
    }

    private static String line(Random random, int vocabulary, int unique) {
      int r = random.nextInt(10);
      if (r < 3) {
        return "";
      }
      if (r < 5) {
        return random.nextBoolean() ? "}" : "  }";
      }
      if (r < 8) {
        return "common " + random.nextInt(vocabulary);
      }
      return "line " + unique;
    }

    /**
     * Code with a blank line every few lines; blocks rewritten with new lines that have a blank one
     * now and then, which xdiff's pre-pass drops as changed.
     */
    static String[] rewrites(Random random) {
      int lines = 40 + random.nextInt(random.nextBoolean() ? 200 : 3000);
      int every = 2 + random.nextInt(8);
      List<String> a = new ArrayList<>();
      for (int i = 0; i < lines; i++) {
        a.add(random.nextInt(every) == 0 ? "" : random.nextInt(6) == 0 ? "}" : "code " + i);
      }
      List<String> b = new ArrayList<>(a);
      int edits = 1 + random.nextInt(1 + lines / 40);
      int fresh = 0;
      for (int e = 0; e < edits; e++) {
        int at = random.nextInt(b.size() + 1);
        int removed = random.nextInt(40);
        for (int k = 0; k < removed && at < b.size(); k++) {
          b.remove(at);
        }
        int added = random.nextInt(40);
        int blank = 3 + random.nextInt(15);
        for (int k = 0; k < added; k++) {
          b.add(at, random.nextInt(blank) == 0 ? "" : "fresh " + fresh++);
        }
      }
      return new String[] {join(a, random), join(b, random)};
    }

    /** Thousands of lines, long unchanged stretches between changed blocks: a costly diff. */
    static String[] clustered(Random random) {
      int lines = 2000 + random.nextInt(4000);
      int vocabulary = 3 + random.nextInt(30);
      List<String> a = new ArrayList<>();
      for (int i = 0; i < lines; i++) {
        a.add(random.nextInt(4) == 0 ? "w" + random.nextInt(vocabulary) : "u" + i);
      }
      List<String> b = new ArrayList<>();
      int i = 0;
      int keep = 10 + random.nextInt(60);
      int change = 3 + random.nextInt(40);
      while (i < lines) {
        int k = 1 + random.nextInt(keep);
        for (int j = 0; j < k && i < lines; j++) {
          b.add(a.get(i++));
        }
        int c = random.nextInt(change);
        int skip = random.nextInt(c + 1);
        i += skip;
        for (int j = 0; j < c; j++) {
          b.add(random.nextInt(4) == 0 ? "w" + random.nextInt(vocabulary) : "n" + i + "." + j);
        }
      }
      return new String[] {join(a, random), join(b, random)};
    }

    /**
     * Over 32,000 lines a side with a changed line every few dozen: xdiff's search limit grows past
     * 256 (bogosqrt of 65,536 diagonals), so its "interesting snake" split comes first.
     */
    static String[] huge(Random random) {
      int lines = 33_000 + random.nextInt(8000);
      int gap = 3 + random.nextInt(20);
      int vocabulary = 2 + random.nextInt(50);
      int repeated = 1 + random.nextInt(6);
      List<String> a = new ArrayList<>();
      List<String> b = new ArrayList<>();
      for (int i = 0; i < lines; i++) {
        String line =
            random.nextInt(repeated + 1) != 0 ? "v" + random.nextInt(vocabulary) : "h" + i;
        a.add(line);
        if (random.nextInt(gap) != 0) {
          b.add(line);
        } else {
          switch (random.nextInt(3)) {
            case 0 -> {}
            case 1 -> b.add("v" + random.nextInt(vocabulary));
            default -> {
              b.add(line);
              b.add(random.nextInt(2) == 0 ? "v" + random.nextInt(vocabulary) : "y" + i);
            }
          }
        }
      }
      return new String[] {join(a, random), join(b, random)};
    }

    /** Two big texts of thousands of lines with many scattered changes. */
    static String[] large(Random random) {
      int lines = 1500 + random.nextInt(5000);
      int vocabulary = 5 + random.nextInt(200);
      double uniqueShare = random.nextDouble();
      List<String> a = new ArrayList<>();
      for (int i = 0; i < lines; i++) {
        a.add(
            random.nextDouble() < uniqueShare
                ? "u" + i
                : random.nextInt(5) == 0 ? "" : "v" + random.nextInt(vocabulary));
      }
      List<String> b = new ArrayList<>();
      double change = 0.05 + random.nextDouble() * 0.6;
      for (int i = 0; i < lines; i++) {
        double r = random.nextDouble();
        if (r < change / 3) {
          continue;
        } else if (r < change * 2 / 3) {
          b.add(random.nextBoolean() ? "n" + i : "v" + random.nextInt(vocabulary));
        } else if (r < change) {
          b.add(a.get(i));
          b.add(random.nextInt(4) == 0 ? "" : "m" + i);
        } else {
          b.add(a.get(i));
        }
      }
      return new String[] {join(a, random), join(b, random)};
    }

    private static String join(List<String> lines, Random random) {
      StringBuilder s = new StringBuilder();
      for (String line : lines) {
        s.append(line).append('\n');
      }
      if (s.length() > 0 && random.nextInt(8) == 0) {
        s.setLength(s.length() - 1);
      }
      return s.toString();
    }
  }
}
