package org.ossatlas.harvester.graphql;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A real git repository made by a test, with the git command line. */
final class TestRepo {
  final Path dir;
  private long time = 1_600_000_000L; // 2020-09-13: far behind the overlap of any run

  TestRepo(Path dir) {
    this.dir = dir;
    git("init", "-q", "-b", "main");
  }

  String git(String... args) {
    List<String> command = new ArrayList<>();
    command.add("git");
    command.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile());
    pb.environment().put("GIT_CONFIG_NOSYSTEM", "1");
    pb.environment().put("HOME", dir.toString());
    pb.environment().put("GIT_AUTHOR_NAME", "Tess");
    pb.environment().put("GIT_AUTHOR_EMAIL", "tess@example.org");
    pb.environment().put("GIT_COMMITTER_NAME", "Tess");
    pb.environment().put("GIT_COMMITTER_EMAIL", "tess@example.org");
    pb.redirectErrorStream(true);
    try {
      Process p = pb.start();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (p.waitFor() != 0) {
        throw new IllegalStateException("git " + String.join(" ", args) + ": " + out);
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  String head() {
    return git("rev-parse", "HEAD").strip();
  }

  /**
   * Adds {@code n} commits on {@code main} with git fast-import, an hour apart, by four authors
   * (one a bot), each changing a varying number of lines in a few files, some deleting lines.
   */
  TestRepo commits(int n, String tag) {
    StringBuilder stream = new StringBuilder();
    String parent = null;
    try {
      parent = git("rev-parse", "--verify", "-q", "refs/heads/main").strip();
    } catch (IllegalStateException e) {
      parent = null;
    }
    String[] authors = {
      "Ada <ada@example.org>",
      "Bo <bo@example.com>",
      "dependabot[bot] <49699333+dependabot[bot]@users.noreply.github.com>",
      "Cy <12+cy@users.noreply.github.com>"
    };
    for (int i = 0; i < n; i++) {
      time += 3600;
      stream.append("commit refs/heads/main\n");
      stream.append("author ").append(authors[i % 4]).append(' ').append(time).append(" +0200\n");
      stream.append("committer Ada <ada@example.org> ").append(time + 60).append(" +0000\n");
      String msg = tag + " " + i;
      stream.append("data ").append(msg.length()).append('\n').append(msg).append('\n');
      if (i == 0 && parent != null && !parent.isEmpty()) {
        stream.append("from ").append(parent).append('\n');
      }
      for (int f = 0; f < 1 + i % 3; f++) {
        StringBuilder content = new StringBuilder();
        for (int line = 0; line < (i * 7 + f * 3) % 11 + 1; line++) {
          content.append(tag).append(" line ").append(line).append(" v").append(i % 5).append('\n');
        }
        stream.append("M 100644 inline ").append(tag).append('-').append((i + f) % 6);
        stream.append(".txt\n");
        byte[] bytes = content.toString().getBytes(StandardCharsets.UTF_8);
        stream.append("data ").append(bytes.length).append('\n').append(content).append('\n');
      }
    }
    try {
      Path input = Files.createTempFile("fast", ".txt");
      Files.writeString(input, stream.toString());
      ProcessBuilder pb = new ProcessBuilder("git", "fast-import", "--quiet");
      pb.directory(dir.toFile()).redirectInput(input.toFile()).redirectErrorStream(true);
      Process p = pb.start();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (p.waitFor() != 0) {
        throw new IllegalStateException("fast-import failed: " + out);
      }
      Files.delete(input);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
    git("reset", "-q", "--hard", "main");
    return this;
  }

  /** A side branch of two commits merged into main with a merge commit. */
  TestRepo mergedBranch(String name) {
    git("checkout", "-q", "-b", name);
    for (int i = 0; i < 2; i++) {
      write(name + "-" + i + ".txt", (name + "\n").repeat(i + 2));
      git("add", "-A");
      git("commit", "-q", "-m", name + " " + i);
    }
    git("checkout", "-q", "main");
    write("main-" + name + ".txt", "main side\n");
    git("add", "-A");
    git("commit", "-q", "-m", "main while " + name);
    git("merge", "-q", "--no-ff", "-m", "merge " + name, name);
    return this;
  }

  void write(String path, String content) {
    try {
      Files.writeString(dir.resolve(path), content);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * git's own numbers per sha, from {@code git log --numstat}: additions, deletions, files; merges
   * against their first parent, as GitHub counts them.
   */
  Map<String, int[]> numstat() {
    Map<String, int[]> stats = new HashMap<>();
    String current = null;
    for (String line :
        git("log", "--numstat", "--diff-merges=first-parent", "--format=@%H", "main").split("\n")) {
      if (line.startsWith("@")) {
        current = line.substring(1);
        stats.put(current, new int[3]);
      } else if (!line.isBlank()) {
        String[] parts = line.split("\t");
        int[] s = stats.get(current);
        s[0] += Integer.parseInt(parts[0]);
        s[1] += Integer.parseInt(parts[1]);
        s[2]++;
      }
    }
    return stats;
  }
}
