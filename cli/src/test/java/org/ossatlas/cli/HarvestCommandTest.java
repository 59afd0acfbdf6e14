package org.ossatlas.cli;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.PersonIdent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ossatlas.common.ExitCode;
import org.ossatlas.common.RunLog;
import org.ossatlas.common.Workspace;

class HarvestCommandTest {
  @TempDir Path dir;
  WireMockServer github;

  static String sha(int i) {
    return String.format("%040x", 0xabc000 + i);
  }

  static String commit(int i, boolean detail) {
    return "{\"sha\":\""
        + sha(i)
        + "\",\"commit\":{\"author\":{\"name\":\"A\",\"email\":\"a@example.org\",\"date\":\"2024-01-0"
        + (9 - i)
        + "T00:00:00Z\"},\"committer\":{\"name\":\"A\",\"email\":\"a@example.org\",\"date\":\"2024-01-0"
        + (9 - i)
        + "T00:00:00Z\"},\"message\":\"m\"},\"parents\":[]"
        + (detail ? ",\"stats\":{\"total\":3,\"additions\":2,\"deletions\":1},\"files\":[]" : "")
        + "}";
  }

  @BeforeEach
  void start() throws IOException {
    github = new WireMockServer(WireMockConfiguration.options().dynamicPort());
    github.start();
    github.stubFor(
        get(urlEqualTo("/repos/o/r"))
            .willReturn(
                aResponse()
                    .withHeader("ETag", "\"r\"")
                    .withBody("{\"full_name\":\"o/r\",\"default_branch\":\"main\"}")));
    github.stubFor(
        get(urlEqualTo("/repos/o/r"))
            .withHeader("If-None-Match", equalTo("\"r\""))
            .atPriority(1)
            .willReturn(aResponse().withStatus(304)));
    List<String> commits = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      commits.add(commit(i, false));
      github.stubFor(
          get(urlEqualTo("/repos/o/r/commits/" + sha(i)))
              .willReturn(aResponse().withBody(commit(i, true))));
    }
    github.stubFor(
        get(urlEqualTo("/repos/o/r/commits?per_page=100"))
            .willReturn(aResponse().withBody("[" + String.join(",", commits) + "]")));
    github.stubFor(
        get(urlEqualTo("/repos/o/r/commits?per_page=100&since=2024-01-02T00:00:00Z"))
            .willReturn(
                aResponse()
                    .withHeader("ETag", "\"s\"")
                    .withBody("[" + String.join(",", commits) + "]")));
    github.stubFor(
        get(urlEqualTo("/repos/o/r/commits?per_page=100&since=2024-01-02T00:00:00Z"))
            .withHeader("If-None-Match", equalTo("\"s\""))
            .atPriority(1)
            .willReturn(aResponse().withStatus(304)));
    Files.createDirectories(dir.resolve("sheets"));
    Files.writeString(
        dir.resolve("sheets/projects.csv"),
        "\uFEFFid,name,repo,categories,homepage,description,source\n"
            + "demo,Demo,https://github.com/o/r,x,,,github\n" // the REST path this test serves
            + "cloned,Cloned,"
            + upstreamRepository()
            + ",x,,,\n");
  }

  /** A real repository with two commits, for the git source (auto picks it: not a GitHub page). */
  private String upstreamRepository() throws IOException {
    Path upstream = dir.resolve("upstream");
    try (Git git = Git.init().setDirectory(upstream.toFile()).setInitialBranch("main").call()) {
      for (int i = 0; i < 2; i++) {
        Files.writeString(upstream.resolve("file.txt"), "line\n".repeat(i + 1));
        git.add().addFilepattern("file.txt").call();
        git.commit()
            .setMessage("commit " + i)
            .setAuthor(new PersonIdent("A", "a@example.org"))
            .setCommitter(new PersonIdent("A", "a@example.org"))
            .call();
      }
    } catch (GitAPIException e) {
      throw new IOException(e);
    }
    return upstream.toUri().toString();
  }

  @AfterEach
  void stop() {
    github.stop();
  }

  CommandRun harvest(String... extra) {
    return harvestWith(Map.of("GITHUB_TOKEN", "test-token"), extra);
  }

  CommandRun harvestWith(Map<String, String> env, String... extra) {
    List<String> args =
        new ArrayList<>(
            List.of(
                "harvest",
                "--sheets",
                dir.resolve("sheets").toString(),
                "--data",
                dir.resolve("data").toString(),
                "--api-url",
                "http://localhost:" + github.port(),
                "--allow-http-token"));
    args.addAll(List.of(extra));
    return CommandRun.withEnv(env, args.toArray(String[]::new));
  }

  @Test
  void stopsAtTheBudgetWith75ThenCatchesUpWith0AndRecordsTheRun() {
    CommandRun first = harvest("--max-requests", "3");
    assertThat(first.exitCode()).as(first.out() + first.err()).isEqualTo(ExitCode.TEMP_FAIL);
    assertThat(first.out())
        .contains("1 caught up, 1 work left")
        .contains("request budget of 3 spent");
    assertThat(dir.resolve("data/git/cloned.git")).isDirectory();
    assertThat(dir.resolve("data/state/git/cloned.json")).content().contains("\"caught_up\"");

    CommandRun second = harvest();
    assertThat(second.exitCode()).as(second.out() + second.err()).isEqualTo(ExitCode.OK);
    assertThat(second.out()).contains("2 caught up");

    CommandRun third = harvest();
    assertThat(third.exitCode()).isEqualTo(ExitCode.OK);
    assertThat(third.out()).contains("new commits: 0; requests: 2 (2 not modified, free)");
    for (int i = 0; i < 3; i++) {
      String detail = "/repos/o/r/commits/" + sha(i);
      assertThat(
              github.getAllServeEvents().stream()
                  .filter(e -> e.getRequest().getUrl().equals(detail))
                  .count())
          .isEqualTo(1);
    }
    var runs = new RunLog(new Workspace(dir.resolve("sheets"), dir.resolve("data"), dir)).read();
    assertThat(runs).hasSize(3).allSatisfy(r -> assertThat(r.stage()).isEqualTo("harvest"));
    // 3 listed from GitHub and 2 cloned in the first run.
    assertThat(runs.get(0).out()).containsEntry("commits", 5L);
  }

  @Test
  void sourceGitClonesWhatItIsGivenWithoutSpendingRequests() {
    CommandRun run = harvest("--source", "git", "--only", "cloned");
    assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(ExitCode.OK);
    assertThat(run.out()).contains("1 caught up");
    assertThat(github.getAllServeEvents()).isEmpty();
    assertThat(dir.resolve("data/raw/cloned")).isDirectory();
  }

  @Test
  void badOptionsAreUsageErrors() {
    assertThat(harvest("--shard", "3/2").exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(harvest("--source", "svn").exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(harvest("--raw-file-size", "lots").exitCode()).isEqualTo(ExitCode.USAGE);
    CommandRun only = harvest("--only", "nope");
    assertThat(only.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(only.err()).contains("--only nope: no such project");
  }

  @Test
  void graphqlWithoutATokenIsAUsageErrorThatSaysWhatToSet() {
    CommandRun run = harvestWith(Map.of(), "--source", "graphql");
    assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(run.err()).contains("needs a token").contains("GITHUB_TOKENS");
    assertThat(harvest("--graphql-url", "ftp://x/y").exitCode()).isEqualTo(ExitCode.USAGE);
  }

  @Test
  void aSecondHarvestWhileOneRunsDoesNothingAndSaysWhy() throws IOException {
    Path lock = dir.resolve("data/state/harvest.lock");
    Files.createDirectories(lock.getParent());
    try (FileChannel channel =
        FileChannel.open(lock, StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
      FileLock held = channel.lock();
      try {
        CommandRun run = harvest();
        assertThat(run.exitCode()).isEqualTo(ExitCode.TEMP_FAIL);
        assertThat(run.err()).contains("another harvest is running").contains("harvest.lock");
      } finally {
        held.release();
      }
    }
    assertThat(github.getAllServeEvents()).isEmpty();
  }

  @Test
  void aShardTakesOnlyItsProjects() {
    // "demo" hashes to one of two shards; the other shard has nothing to do.
    int mine = org.ossatlas.harvester.Shard.of("demo", 2);
    CommandRun other = harvest("--shard", (3 - mine) + "/2", "--source", "github");
    assertThat(other.exitCode()).isEqualTo(ExitCode.OK);
    assertThat(other.out()).contains("harvest: 0 projects");
    CommandRun own = harvest("--shard", mine + "/2", "--source", "github", "--no-stats");
    assertThat(own.exitCode()).isEqualTo(ExitCode.OK);
    assertThat(own.out()).contains("harvest: 1 projects").contains("new commits: 3");
  }

  /**
   * A real process, stopped with SIGTERM in the middle of a request: the current step finishes, the
   * summary is printed, and the process exits 75 (work left) rather than the signal's 143.
   */
  @Test
  void sigtermStopsTheHarvestWith75() throws Exception {
    Files.writeString(dir.resolve("sheets/projects.csv"), "id,repo\ndemo,https://github.com/o/r\n");
    github.setGlobalFixedDelay(1500);
    String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    ProcessBuilder builder =
        new ProcessBuilder(
            javaBin,
            "-cp",
            System.getProperty("java.class.path"),
            Main.class.getName(),
            "harvest",
            "--sheets",
            dir.resolve("sheets").toString(),
            "--data",
            dir.resolve("data").toString(),
            "--api-url",
            "http://localhost:" + github.port(),
            "--allow-http-token",
            "--source",
            "rest");
    builder.environment().put("GITHUB_TOKEN", "test-token");
    builder.redirectOutput(dir.resolve("out.txt").toFile());
    builder.redirectError(dir.resolve("err.txt").toFile());
    Process process = builder.start();
    try {
      long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(60);
      while (github.getAllServeEvents().isEmpty() && process.isAlive()) {
        if (System.nanoTime() > deadline) {
          throw new AssertionError("the harvest sent no request within 60 s");
        }
        Thread.sleep(50);
      }
      process.destroy(); // SIGTERM
      assertThat(process.waitFor(90, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
      String out = Files.readString(dir.resolve("out.txt"));
      String err = Files.readString(dir.resolve("err.txt"));
      assertThat(process.exitValue()).as(out + err).isEqualTo(ExitCode.TEMP_FAIL);
      assertThat(out).contains("work left  demo").contains("interrupted");
      assertThat(dir.resolve("data/state/github/demo.json")).content().contains("\"work_left\"");
    } finally {
      process.destroyForcibly();
    }
  }
}
