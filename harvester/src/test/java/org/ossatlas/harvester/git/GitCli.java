package org.ossatlas.harvester.git;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The git command line on a test repository, with a fixed identity, a clock that ticks one minute a
 * commit, and no user or system configuration (HOME points at an empty folder).
 */
final class GitCli {
  final Path dir;
  private final Path home;
  private long time = 1_700_000_000L;

  GitCli(Path dir) {
    this.dir = dir;
    this.home = dir.resolveSibling(dir.getFileName() + "-home");
    try {
      Files.createDirectories(dir);
      Files.createDirectories(home);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static GitCli init(Path dir) {
    GitCli git = new GitCli(dir);
    git.run("init", "-q", "-b", "main");
    return git;
  }

  String run(String... args) {
    List<String> command = new ArrayList<>();
    command.add("git");
    command.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile());
    Map<String, String> env = pb.environment();
    env.put("HOME", home.toString());
    env.put("GIT_CONFIG_NOSYSTEM", "1");
    env.put("GIT_CONFIG_GLOBAL", "/dev/null");
    env.put("GIT_AUTHOR_NAME", "Ada Lovelace");
    env.put("GIT_AUTHOR_EMAIL", "ada@example.org");
    env.put("GIT_COMMITTER_NAME", "Charles Babbage");
    env.put("GIT_COMMITTER_EMAIL", "charles@example.org");
    String date = time + " +0200";
    env.put("GIT_AUTHOR_DATE", date);
    env.put("GIT_COMMITTER_DATE", (time + 30) + " -0500");
    time += 60;
    pb.redirectErrorStream(true);
    try {
      Process p = pb.start();
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      try (InputStream in = p.getInputStream()) {
        in.transferTo(out);
      }
      int rc = p.waitFor();
      String text = out.toString(StandardCharsets.UTF_8);
      if (rc != 0) {
        throw new IllegalStateException("git " + String.join(" ", args) + " failed: " + text);
      }
      return text;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Runs git with extra environment, for a commit by someone else. */
  String runAs(String name, String email, String... args) {
    return run(
        concat(
            new String[] {"-c", "user.name=" + name, "-c", "user.email=" + email},
            withAuthor(name, email, args)));
  }

  private static String[] withAuthor(String name, String email, String[] args) {
    if (args.length > 0 && args[0].equals("commit")) {
      String[] more = new String[args.length + 1];
      System.arraycopy(args, 0, more, 0, args.length);
      more[args.length] = "--author=" + name + " <" + email + ">";
      return more;
    }
    return args;
  }

  private static String[] concat(String[] a, String[] b) {
    String[] all = new String[a.length + b.length];
    System.arraycopy(a, 0, all, 0, a.length);
    System.arraycopy(b, 0, all, a.length, b.length);
    return all;
  }

  void write(String path, String content) {
    write(path, content.getBytes(StandardCharsets.UTF_8));
  }

  void write(String path, byte[] content) {
    try {
      Path file = dir.resolve(path);
      Files.createDirectories(file.getParent());
      Files.write(file, content);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  void commitAll(String message) {
    run("add", "-A");
    run("commit", "-q", "--allow-empty", "-m", message);
  }

  /**
   * Adds {@code n} commits on top of {@code branch} with git fast-import, each changing a few lines
   * of a few files (fast, and with real diffs).
   */
  void fastCommits(String branch, int n, String tag) {
    StringBuilder stream = new StringBuilder();
    String parent = null;
    try {
      parent = run("rev-parse", "--verify", "-q", "refs/heads/" + branch).strip();
    } catch (IllegalStateException e) {
      parent = null;
    }
    for (int i = 0; i < n; i++) {
      stream.append("commit refs/heads/").append(branch).append('\n');
      stream.append("committer Ada <ada@example.org> ").append(time + i * 60).append(" +0100\n");
      String msg = tag + " " + i;
      stream.append("data ").append(msg.length()).append('\n').append(msg).append('\n');
      if (i == 0 && parent != null && !parent.isEmpty()) {
        stream.append("from ").append(parent).append('\n');
      }
      for (int f = 0; f < 3; f++) {
        String content =
            tag + " file " + f + " version " + i + "\nstable line\n" + "x\n".repeat(i % 4);
        stream
            .append("M 100644 inline ")
            .append(tag)
            .append('-')
            .append((i + f) % 5)
            .append(".txt\n");
        byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
        stream.append("data ").append(bytes.length).append('\n').append(content).append('\n');
      }
    }
    time += n * 60L;
    try {
      Path input = Files.createTempFile(home, "fast", ".txt");
      Files.writeString(input, stream.toString());
      ProcessBuilder pb =
          new ProcessBuilder("git", "fast-import", "--quiet").directory(dir.toFile());
      pb.environment().put("HOME", home.toString());
      pb.redirectInput(input.toFile());
      pb.redirectErrorStream(true);
      Process p = pb.start();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (p.waitFor() != 0) {
        throw new IllegalStateException("fast-import failed: " + out);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  String head() {
    return run("rev-parse", "HEAD").strip();
  }
}
