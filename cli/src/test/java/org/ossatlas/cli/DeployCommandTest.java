package org.ossatlas.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ossatlas.common.ExitCode;
import org.ossatlas.common.RunLog;
import org.ossatlas.common.StageReport;
import org.ossatlas.common.Workspace;
import org.ossatlas.site.check.CheckMarker;

/** {@code ossatlas deploy} into a real bare repository made by the test. */
class DeployCommandTest {
  static final String TOKEN = "ghp_Tok3nThatMustNeverBePrinted";

  @TempDir Path dir;
  Path bare;
  Path site;

  @BeforeEach
  void setUp() throws Exception {
    bare = dir.resolve("deploy.git");
    Git.init().setBare(true).setDirectory(bare.toFile()).setInitialBranch("main").call().close();
    site = dir.resolve("out");
    write("index.html", "<h1>Atlas</h1>");
    write("projects/a/index.html", "<h1>A</h1>");
    write("projects/b/index.html", "<h1>B</h1>");
    write("assets/site.abc.css", "body{}");
    CheckMarker.write(site, 3, "2026-09");
  }

  @Test
  void publishesThenChangesNothingThenUpdatesWithARemovedPage() throws Exception {
    CommandRun first = deploy(Map.of(), "--repo", bare.toString());
    assertThat(first.exitCode()).as(first.err()).isZero();
    assertThat(first.out())
        .contains("deploy: " + site + " to " + bare + ", branch main")
        .contains("deploy: 4 added, 0 updated, 0 removed")
        .containsPattern(
            "committed [0-9a-f]{12} \"Publish site: 3 pages, 1 other file \\(data as"
                + " of 2026-09\\)\" and pushed");
    assertThat(filesOnMain())
        .containsExactly(
            "assets/site.abc.css", "index.html", "projects/a/index.html", "projects/b/index.html");

    // The repository from the environment, through the layered defaults.
    CommandRun again = deploy(Map.of("OSSATLAS_DEPLOY_REPO", bare.toString()));
    assertThat(again.exitCode()).as(again.err()).isZero();
    assertThat(again.out()).contains("deploy: nothing changed").doesNotContain("committed");
    assertThat(log()).hasSize(1);

    write("index.html", "<h1>Atlas, October</h1>");
    write("projects/c/index.html", "<h1>C</h1>");
    Files.delete(site.resolve("projects/b/index.html"));
    Files.delete(site.resolve("projects/b"));
    CheckMarker.write(site, 3, "2026-10");
    CommandRun dry = deploy(Map.of(), "--repo", bare.toString(), "--dry-run");
    assertThat(dry.out()).contains("dry run: would commit 1 added, 1 updated, 1 removed");
    assertThat(log()).hasSize(1);

    CommandRun update =
        deploy(
            Map.of(),
            "--repo",
            bare.toString(),
            "--message",
            "October data",
            "--author-name",
            "Ada",
            "--author-email",
            "ada@example.org");
    assertThat(update.exitCode()).as(update.err()).isZero();
    assertThat(update.out())
        .contains("deploy: 1 added, 1 updated, 1 removed")
        .containsPattern("committed [0-9a-f]{12} \"October data\" and pushed");
    assertThat(filesOnMain())
        .containsExactly(
            "assets/site.abc.css", "index.html", "projects/a/index.html", "projects/c/index.html");
    RevCommit head = log().get(0);
    assertThat(head.getFullMessage())
        .isEqualTo("October data\n\nUpdate site: 2 pages changed, 1 removed (data as of 2026-10)");
    assertThat(head.getAuthorIdent().getName()).isEqualTo("Ada");

    List<StageReport> runs = new RunLog(workspace()).read();
    assertThat(runs).extracting(StageReport::stage).containsOnly("deploy").hasSize(3);
    assertThat(runs.get(2).out())
        .containsEntry("added", 1L)
        .containsEntry("updated", 1L)
        .containsEntry("removed", 1L)
        .containsEntry("commits", 1L);
  }

  @Test
  void refusesASiteChangedAfterItsChecksWithExit65() throws Exception {
    write("projects/a/index.html", "<h1>edited by hand</h1>");

    CommandRun run = deploy(Map.of(), "--repo", bare.toString());

    assertThat(run.exitCode()).isEqualTo(ExitCode.DATA_ERR);
    assertThat(run.err()).contains("changed after it was checked; run `ossatlas render` again");
    assertThat(log()).isEmpty();
  }

  @Test
  void withoutARepositoryItSaysWhereToGiveOne() {
    CommandRun run = deploy(Map.of());

    assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(run.err()).contains("--repo URL|PATH or set OSSATLAS_DEPLOY_REPO");
  }

  @Test
  void aFailingHttpsPushNeverShowsTheToken() throws Exception {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0)) {
      closedPort = socket.getLocalPort();
    }
    String url = "https://127.0.0.1:" + closedPort + "/owner/site.git";

    for (String debug : List.of("--quiet", "--debug")) {
      CommandRun run = deploy(Map.of("DEPLOY_TOKEN", TOKEN), debug, "--repo", url);

      assertThat(run.exitCode()).isEqualTo(ExitCode.SOFTWARE);
      assertThat(run.err()).contains("deploy to " + url + " failed");
      assertThat(run.out() + run.err()).doesNotContain(TOKEN);
    }
    assertThat(filesContaining(dir, TOKEN)).isEmpty();
    assertThat(new RunLog(workspace()).read())
        .hasSize(2)
        .allSatisfy(r -> assertThat(r.succeeded()).isFalse());
  }

  @Test
  void aTokenInTheUrlIsRefusedAndNotShown() throws IOException {
    CommandRun run =
        deploy(Map.of(), "--repo", "https://x-access-token:" + TOKEN + "@example.org/site.git");

    assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(run.err()).contains("put the token in DEPLOY_TOKEN");
    assertThat(run.out() + run.err()).doesNotContain(TOKEN);
    assertThat(filesContaining(dir, TOKEN)).isEmpty();
  }

  @Test
  void configNamesTheDeploySettingsAndTheSecret() {
    CommandRun run = CommandRun.withEnv(Map.of("OSSATLAS_DEPLOY_REPO", "/srv/site.git"), "config");

    assertThat(run.out())
        .containsPattern("deploy-repo +OSSATLAS_DEPLOY_REPO += /srv/site.git")
        .containsPattern("deploy-branch +OSSATLAS_DEPLOY_BRANCH += main")
        .contains("DEPLOY_TOKEN");
  }

  private CommandRun deploy(Map<String, String> env, String... args) {
    List<String> all = new ArrayList<>(List.of("deploy"));
    all.addAll(List.of(args));
    all.addAll(List.of("--data", dir.resolve("data").toString(), "--out", site.toString()));
    return CommandRun.withEnv(env, all.toArray(String[]::new));
  }

  private Workspace workspace() {
    return new Workspace(dir.resolve("sheets"), dir.resolve("data"), site);
  }

  private void write(String rel, String text) throws IOException {
    Path file = site.resolve(rel);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }

  private static List<Path> filesContaining(Path root, String text) throws IOException {
    byte[] needle = text.getBytes(StandardCharsets.UTF_8);
    try (Stream<Path> walk = Files.walk(root)) {
      List<Path> hits = new ArrayList<>();
      for (Path file : walk.filter(Files::isRegularFile).toList()) {
        if (indexOf(Files.readAllBytes(file), needle) >= 0) {
          hits.add(file);
        }
      }
      return hits;
    }
  }

  private static int indexOf(byte[] haystack, byte[] needle) {
    outer:
    for (int i = 0; i + needle.length <= haystack.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (haystack[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }

  private List<RevCommit> log() throws Exception {
    try (Git git = Git.open(bare.toFile())) {
      List<RevCommit> commits = new ArrayList<>();
      if (git.getRepository().resolve("main") != null) {
        git.log().call().forEach(commits::add);
      }
      return commits;
    }
  }

  private List<String> filesOnMain() throws Exception {
    try (Git git = Git.open(bare.toFile());
        TreeWalk walk = new TreeWalk(git.getRepository())) {
      walk.addTree(git.getRepository().parseCommit(git.getRepository().resolve("main")).getTree());
      walk.setRecursive(true);
      List<String> files = new ArrayList<>();
      while (walk.next()) {
        files.add(walk.getPathString());
      }
      return files;
    }
  }
}
