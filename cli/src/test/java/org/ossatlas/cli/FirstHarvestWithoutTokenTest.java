package org.ossatlas.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.Config;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.storage.file.FileBasedConfig;
import org.eclipse.jgit.util.FS;
import org.eclipse.jgit.util.SystemReader;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ossatlas.common.ExitCode;

/**
 * A newcomer's first harvest: no GITHUB_TOKEN, GitHub URLs in the sheet, and the user's git
 * configuration pointing https://github.com/ at local mirrors with {@code insteadOf}. The projects
 * are cloned (no API request at all), {@code status} says which source and why, and a project added
 * later is marked new (HarvestOrderTest shows it goes first).
 */
class FirstHarvestWithoutTokenTest {
  @TempDir Path dir;

  private WireMockServer api;
  private SystemReader original;

  @BeforeEach
  void mirrorsAndConfig() throws Exception {
    mirror("apache/arrow", 3);
    mirror("duckdb/duckdb", 2);
    Path userConfig = dir.resolve("gitconfig");
    Files.writeString(
        userConfig,
        "[url \"" + dir.resolve("mirrors").toUri() + "\"]\n\tinsteadOf = https://github.com/\n");
    original = SystemReader.getInstance();
    SystemReader.setInstance(
        new SystemReader.Delegate(original) {
          @Override
          public FileBasedConfig openUserConfig(Config parent, FS fs) {
            return new FileBasedConfig(parent, userConfig.toFile(), fs);
          }
        });
    // The API is a local server, so that any request the harvest made would be seen.
    api = new WireMockServer(WireMockConfiguration.options().dynamicPort());
    api.start();
    sheet("arrow,Apache Arrow,https://github.com/apache/arrow,x,,\n");
  }

  @AfterEach
  void restore() {
    SystemReader.setInstance(original);
    api.stop();
  }

  @Test
  void gitHubRepositoriesAreClonedThroughInsteadOfAndStatusSaysWhy() throws IOException {
    CommandRun run = harvest();

    assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(ExitCode.OK);
    assertThat(run.out()).contains("1 caught up").contains("new commits: 3");
    assertThat(api.getAllServeEvents()).isEmpty();
    assertThat(dir.resolve("data/state/git/arrow.json")).content().contains("caught_up");

    CommandRun status = status(Map.of());
    assertThat(status.out().lines().filter(l -> l.startsWith("arrow")))
        .singleElement()
        .satisfies(
            l -> assertThat(l).contains("git").contains("GitHub repository, no token: clone"));
    CommandRun withToken = status(Map.of("GITHUB_TOKEN", "t"));
    assertThat(withToken.out()).contains("graphql (GitHub repository, token set: GraphQL)");
  }

  @Test
  void aProjectAddedToTheSheetIsNewAndHarvestedFirst() throws IOException {
    assertThat(harvest().exitCode()).isEqualTo(ExitCode.OK);
    sheet(
        "arrow,Apache Arrow,https://github.com/apache/arrow,x,,\n"
            + "duckdb,DuckDB,https://github.com/duckdb/duckdb,x,,\n");

    CommandRun status = status(Map.of());
    assertThat(status.out().lines().filter(l -> l.startsWith("duckdb")))
        .singleElement()
        .satisfies(l -> assertThat(l).matches("duckdb +- +new .*"));

    CommandRun run = harvest();
    assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(ExitCode.OK);
    assertThat(run.out()).contains("2 caught up").contains("new commits: 2");
    assertThat(status(Map.of()).out().lines().filter(l -> l.startsWith("duckdb")))
        .singleElement()
        .satisfies(l -> assertThat(l).matches("duckdb +git +caught_up .*"));
  }

  private CommandRun harvest() {
    return CommandRun.withEnv(
        Map.of(),
        "harvest",
        "--sheets",
        dir.resolve("sheets").toString(),
        "--data",
        dir.resolve("data").toString(),
        "--api-url",
        "http://localhost:" + api.port(),
        "--quiet");
  }

  private CommandRun status(Map<String, String> env) {
    return CommandRun.withEnv(
        env,
        "status",
        "--sheets",
        dir.resolve("sheets").toString(),
        "--data",
        dir.resolve("data").toString());
  }

  private void sheet(String rows) throws IOException {
    Files.createDirectories(dir.resolve("sheets"));
    Files.writeString(
        dir.resolve("sheets/projects.csv"),
        "id,name,repo,categories,homepage,description\n" + rows);
  }

  private void mirror(String ownerName, int commits) throws Exception {
    Path repo = dir.resolve("mirrors").resolve(ownerName);
    try (Git git = Git.init().setDirectory(repo.toFile()).setInitialBranch("main").call()) {
      for (int i = 0; i < commits; i++) {
        Files.writeString(repo.resolve("file.txt"), "line\n".repeat(i + 1));
        git.add().addFilepattern("file.txt").call();
        git.commit()
            .setMessage("commit " + i)
            .setAuthor(new PersonIdent("A", "a@example.org"))
            .setCommitter(new PersonIdent("A", "a@example.org"))
            .call();
      }
    }
  }
}
