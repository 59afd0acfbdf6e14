package org.ossatlas.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.ossatlas.harvester.HarvestContext;
import org.ossatlas.harvester.HarvestTarget;
import org.ossatlas.harvester.TargetOutcome;
import org.ossatlas.harvester.git.GitSource;
import org.ossatlas.harvester.raw.RawFiles;
import org.ossatlas.harvester.raw.RawStore;

/**
 * The git source beside {@code git log --numstat -M} on the same repository: a generated history of
 * tens of thousands of commits (or the repository given with {@code --git-repo PATH}), harvested on
 * one diff thread and on every core, and every commit's figures checked against git's.
 */
final class GitHarvestVsGitLog implements Benchmark {
  /** Set by {@code BenchMain --git-repo PATH}: measure on that repository instead. */
  static final String REPO_PROPERTY = "ossatlas.bench.gitRepo";

  private static final ObjectMapper JSON = new ObjectMapper();

  @Override
  public String name() {
    return "git";
  }

  @Override
  public List<Comparison> run(BenchContext context) throws Exception {
    String given = System.getProperty(REPO_PROPERTY);
    Path origin;
    if (given != null) {
      origin = Path.of(given).toAbsolutePath();
    } else {
      int commits = context.scale() == BenchContext.Scale.QUICK ? 5_000 : 30_000;
      origin = context.file("git/origin-" + commits + ".git");
      if (Files.notExists(origin.resolve("packed-refs"))
          && Files.notExists(origin.resolve("refs/heads/main"))) {
        long start = System.nanoTime();
        SyntheticGitRepo.create(origin, commits, 7);
        System.out.printf(
            Locale.ROOT,
            "   generated %,d commits in %.1f s at %s%n",
            commits,
            (System.nanoTime() - start) / 1e9,
            origin);
      }
    }
    Path work = context.file("git/work");
    Path clones = work.resolve("clones");
    HarvestTarget target = new HarvestTarget("bench", origin.toString());
    int cores = Runtime.getRuntime().availableProcessors();

    // Warm-up and clone: the timed runs below fetch nothing new.
    harvestFresh(work, clones, target, new GitSource());
    Path clone = clones.resolve("bench.git");

    List<Comparison> rows = new ArrayList<>();
    long[] commits = new long[1];
    double gitSeconds = Timing.medianSeconds(context.repetitions(), () -> gitLog(clone, null));
    Map<String, String> gitFigures = parseNumstat(gitLog(clone, work.resolve("git-log.txt")));
    commits[0] = gitFigures.size();
    double gitRate = commits[0] / gitSeconds;

    for (int threads : cores > 1 ? new int[] {1, cores} : new int[] {1}) {
      GitSource source = new GitSource(false, GitSource.DEFAULT_BATCH, threads);
      double seconds =
          Timing.medianSeconds(
              context.repetitions(), () -> harvestFresh(work, clones, target, source));
      Map<String, String> ours = storedFigures(work.resolve("raw"), "bench");
      long mismatches = 0;
      String example = null;
      for (Map.Entry<String, String> e : gitFigures.entrySet()) {
        if (!e.getValue().equals(ours.get(e.getKey()))) {
          mismatches++;
          if (example == null) {
            example = e.getKey() + " git " + e.getValue() + " ours " + ours.get(e.getKey());
          }
        }
      }
      System.out.printf(
          Locale.ROOT,
          "   %d diff thread(s): %,d commits stored, %,d differ from git log --numstat%s%n",
          threads,
          ours.size(),
          mismatches,
          example == null ? "" : " (e.g. " + example + ")");
      rows.add(
          new Comparison(
              "harvest (git)",
              String.format(
                  Locale.ROOT,
                  "commits/s, %,d commits, %d diff thread%s",
                  commits[0],
                  threads,
                  threads == 1 ? "" : "s"),
              commits[0] / seconds,
              "git log --numstat -M",
              gitRate,
              "commits/s",
              true));
      rows.add(
          Comparison.alone(
              "harvest (git)",
              "commits whose figures differ from git (" + threads + " thread)",
              mismatches,
              "commits"));
    }
    return rows;
  }

  private static void harvestFresh(Path work, Path clones, HarvestTarget target, GitSource source)
      throws IOException {
    deleteTree(work.resolve("raw"));
    deleteTree(work.resolve("state"));
    HarvestContext context =
        new HarvestContext(
            new RawStore(work.resolve("raw")),
            work.resolve("state"),
            clones,
            Clock.systemUTC(),
            () -> false);
    TargetOutcome outcome = source.harvest(target, context);
    if (outcome.status() != TargetOutcome.Status.CAUGHT_UP) {
      throw new IllegalStateException("harvest did not finish: " + outcome);
    }
  }

  /** Runs git log --numstat on the clone; output to {@code out}, or discarded when null. */
  private static Path gitLog(Path clone, Path out) throws IOException, InterruptedException {
    ProcessBuilder pb =
        new ProcessBuilder(
            "git", "--git-dir", clone.toString(), "log", "--numstat", "-M", "--format=@%H");
    pb.redirectOutput(
        out == null ? ProcessBuilder.Redirect.DISCARD : ProcessBuilder.Redirect.to(out.toFile()));
    pb.redirectError(ProcessBuilder.Redirect.INHERIT);
    int rc = pb.start().waitFor();
    if (rc != 0) {
      throw new IllegalStateException("git log failed with " + rc);
    }
    return out;
  }

  /** sha → "additions deletions files binaries" from git's output. */
  static Map<String, String> parseNumstat(Path file) throws IOException {
    Map<String, String> figures = new HashMap<>();
    String sha = null;
    long add = 0;
    long del = 0;
    int files = 0;
    int bin = 0;
    List<String> lines = new ArrayList<>(Files.readAllLines(file, StandardCharsets.UTF_8));
    lines.add("@end");
    for (String line : lines) {
      if (line.startsWith("@")) {
        if (sha != null) {
          figures.put(sha, add + " " + del + " " + files + " " + bin);
        }
        sha = line.substring(1);
        add = del = files = bin = 0;
      } else if (!line.isBlank()) {
        String[] f = line.split("\t");
        files++;
        if (f[0].equals("-")) {
          bin++;
        } else {
          add += Long.parseLong(f[0]);
          del += Long.parseLong(f[1]);
        }
      }
    }
    return figures;
  }

  /** sha → "additions deletions files binaries" as the git source stored them for {@code project}. */
  static Map<String, String> storedFigures(Path raw, String project) {
    Map<String, String> figures = new HashMap<>();
    for (Path file : new RawStore(raw).files(project)) {
      RawFiles.read(
          file,
          record -> {
            if (!record.kind().equals("git-commits")) {
              return;
            }
            try {
              for (JsonNode c : JSON.readTree(record.body())) {
                figures.put(
                    c.get("sha").asText(),
                    c.get("additions").asLong()
                        + " "
                        + c.get("deletions").asLong()
                        + " "
                        + c.get("files_changed").asInt()
                        + " "
                        + c.get("binary_files").asInt());
              }
            } catch (IOException e) {
              throw new IllegalStateException(e);
            }
          });
    }
    return figures;
  }

  static void deleteTree(Path dir) throws IOException {
    if (Files.notExists(dir)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        File f = p.toFile();
        f.setWritable(true);
        Files.delete(p);
      }
    }
  }

  /**
   * A bare repository of {@code commits} commits written through {@code git fast-import}: a few
   * hundred source files edited a few lines at a time, files added, deleted and renamed now and
   * then, a binary file changing, and a side branch merged every 60 commits or so.
   */
  static final class SyntheticGitRepo {
    private static final String[] WORDS = {
      "int", "value", "return", "if", "else", "for", "while", "count", "index", "name", "list",
      "map", "result", "error", "config", "node", "graph", "time", "user", "data", "buffer", "{",
      "}", "(", ")", ";", "=", "+", "-", "null", "true", "false"
    };

    private final SplittableRandom random;
    private final OutputStream out;
    private long time = 1_500_000_000L;
    private int mark = 0;
    private int fileSeq = 0;

    private SyntheticGitRepo(OutputStream out, long seed) {
      this.out = out;
      this.random = new SplittableRandom(seed);
    }

    static void create(Path dir, int commits, long seed) throws IOException, InterruptedException {
      deleteTree(dir);
      Files.createDirectories(dir);
      run(dir, "git", "init", "-q", "--bare", "-b", "main");
      Process p =
          new ProcessBuilder("git", "fast-import", "--quiet")
              .directory(dir.toFile())
              .redirectErrorStream(true)
              .redirectOutput(ProcessBuilder.Redirect.INHERIT)
              .start();
      try (OutputStream stdin = new BufferedOutputStream(p.getOutputStream(), 1 << 20)) {
        new SyntheticGitRepo(stdin, seed).write(commits);
      }
      if (p.waitFor() != 0) {
        throw new IllegalStateException("git fast-import failed");
      }
      run(dir, "git", "gc", "-q");
    }

    private static void run(Path dir, String... command) throws IOException, InterruptedException {
      Process p =
          new ProcessBuilder(command)
              .directory(dir.toFile())
              .redirectErrorStream(true)
              .redirectOutput(ProcessBuilder.Redirect.INHERIT)
              .start();
      if (p.waitFor() != 0) {
        throw new IllegalStateException(String.join(" ", command) + " failed");
      }
    }

    private void write(int commits) throws IOException {
      Map<String, String> main = new HashMap<>();
      for (int i = 0; i < 300; i++) {
        main.put(newPath(), text(40 + random.nextInt(260)));
      }
      main.put("assets/logo.png", binary());
      int mainMark = commit("main", null, null, main, new HashMap<>(main).keySet(), List.of());
      int written = 1;
      while (written < commits) {
        if (random.nextInt(60) == 0 && commits - written > 10) {
          Map<String, String> side = new HashMap<>(main);
          int sideMark = mainMark;
          int n = 2 + random.nextInt(6);
          List<String> sideTouched = new ArrayList<>();
          for (int i = 0; i < n; i++) {
            List<String> touched = new ArrayList<>();
            List<String> deleted = new ArrayList<>();
            change(side, touched, deleted, true);
            sideTouched.addAll(touched);
            sideMark = commit("side", sideMark, null, side, touched, deleted);
            written++;
          }
          // main moves on meanwhile, on other files
          List<String> touched = new ArrayList<>();
          List<String> deleted = new ArrayList<>();
          change(main, touched, deleted, true);
          mainMark = commit("main", mainMark, null, main, touched, deleted);
          written++;
          for (String path : sideTouched) {
            main.put(path, side.get(path));
          }
          mainMark = commit("main", mainMark, sideMark, main, sideTouched, List.of());
          written++;
        } else {
          List<String> touched = new ArrayList<>();
          List<String> deleted = new ArrayList<>();
          change(main, touched, deleted, false);
          mainMark = commit("main", mainMark, null, main, touched, deleted);
          written++;
        }
      }
    }

    /** One commit's worth of change: edits mostly, sometimes an add, delete, rename or binary. */
    private void change(
        Map<String, String> files, List<String> touched, List<String> deleted, boolean editsOnly) {
      int roll = random.nextInt(100);
      List<String> paths = new ArrayList<>(files.keySet());
      paths.sort(null);
      if (!editsOnly && roll < 3) {
        String path = newPath();
        files.put(path, text(20 + random.nextInt(200)));
        touched.add(path);
      } else if (!editsOnly && roll < 4 && files.size() > 50) {
        String path = paths.get(random.nextInt(paths.size()));
        if (!path.endsWith(".png")) {
          files.remove(path);
          deleted.add(path);
        }
      } else if (!editsOnly && roll < 6) {
        String from = paths.get(random.nextInt(paths.size()));
        if (!from.endsWith(".png")) {
          String to = newPath();
          files.put(to, edit(files.remove(from), random.nextInt(3)));
          deleted.add(from);
          touched.add(to);
        }
      } else if (!editsOnly && roll < 7) {
        files.put("assets/logo.png", binary());
        touched.add("assets/logo.png");
      } else {
        int n = 1 + random.nextInt(4);
        for (int i = 0; i < n; i++) {
          String path = paths.get(random.nextInt(paths.size()));
          if (path.endsWith(".png") || touched.contains(path)) {
            continue;
          }
          files.put(path, edit(files.get(path), 1 + random.nextInt(8)));
          touched.add(path);
        }
      }
    }

    private int commit(
        String branch,
        Integer from,
        Integer merge,
        Map<String, String> files,
        java.util.Collection<String> touched,
        List<String> deleted)
        throws IOException {
      int m = ++mark;
      StringBuilder sb = new StringBuilder();
      sb.append("commit refs/heads/").append(branch).append('\n');
      sb.append("mark :").append(m).append('\n');
      int who = random.nextInt(40);
      time += 60 + random.nextInt(7200);
      sb.append("author Dev ")
          .append(who)
          .append(" <dev")
          .append(who)
          .append("@example.org> ")
          .append(time)
          .append(" +0100\n");
      sb.append("committer Dev ")
          .append(who)
          .append(" <dev")
          .append(who)
          .append("@example.org> ")
          .append(time)
          .append(" +0100\n");
      String message = "change " + m;
      sb.append("data ").append(message.length()).append('\n').append(message).append('\n');
      if (from != null) {
        sb.append("from :").append(from).append('\n');
      }
      if (merge != null) {
        sb.append("merge :").append(merge).append('\n');
      }
      out.write(sb.toString().getBytes(StandardCharsets.UTF_8));
      for (String path : deleted) {
        out.write(("D " + path + "\n").getBytes(StandardCharsets.UTF_8));
      }
      for (String path : touched) {
        byte[] content = files.get(path).getBytes(StandardCharsets.ISO_8859_1);
        out.write(
            ("M 100644 inline " + path + "\ndata " + content.length + "\n")
                .getBytes(StandardCharsets.UTF_8));
        out.write(content);
        out.write('\n');
      }
      out.write('\n');
      return m;
    }

    private String newPath() {
      int seq = fileSeq++;
      return "src/module" + (seq % 23) + "/File" + seq + ".java";
    }

    private String text(int lines) {
      StringBuilder sb = new StringBuilder();
      for (int i = 0; i < lines; i++) {
        sb.append(line()).append('\n');
      }
      return sb.toString();
    }

    private String line() {
      int words = random.nextInt(9);
      StringBuilder sb = new StringBuilder("    ".repeat(random.nextInt(4)));
      for (int i = 0; i < words; i++) {
        sb.append(WORDS[random.nextInt(WORDS.length)]).append(' ');
      }
      return sb.toString().stripTrailing();
    }

    private String edit(String content, int edits) {
      List<String> lines = new ArrayList<>(List.of(content.split("\n", -1)));
      if (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) {
        lines.remove(lines.size() - 1);
      }
      for (int i = 0; i < edits; i++) {
        int at = lines.isEmpty() ? 0 : random.nextInt(lines.size());
        int kind = random.nextInt(3);
        if (kind == 0 || lines.isEmpty()) {
          int n = 1 + random.nextInt(5);
          for (int k = 0; k < n; k++) {
            lines.add(at, line());
          }
        } else if (kind == 1) {
          lines.remove(at);
        } else {
          lines.set(at, line());
        }
      }
      return String.join("\n", lines) + "\n";
    }

    private String binary() {
      byte[] bytes = new byte[2000 + random.nextInt(2000)];
      for (int i = 0; i < bytes.length; i++) {
        bytes[i] = (byte) random.nextInt(256);
      }
      bytes[3] = 0;
      return new String(bytes, StandardCharsets.ISO_8859_1);
    }
  }
}
