package org.ossatlas.site.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ossatlas.common.AtlasException;
import org.ossatlas.common.ExitCode;
import org.ossatlas.site.check.CheckMarker;

/** Deploys into a real bare repository made by the test, then reads it back with a clone. */
class SiteDeployerTest {
  @TempDir Path dir;
  Path bare;
  Path site;

  @BeforeEach
  void setUp() throws Exception {
    bare = dir.resolve("deploy.git");
    Git.init().setBare(true).setDirectory(bare.toFile()).setInitialBranch("main").call().close();
    site = dir.resolve("site-out");
    write("index.html", "<h1>Atlas</h1>");
    write("projects/a/index.html", "<h1>A</h1>");
    write("projects/b/index.html", "<h1>B</h1>");
    write("assets/site.abc.css", "body{}");
    CheckMarker.write(site, 3, "2026-09");
  }

  private SiteDeployer deployer() {
    return new SiteDeployer(
        new DeployOptions(bare.toString(), null, dir.resolve("work"), null, null, null));
  }

  @Test
  void publishesThenMakesNoCommitWhenNothingChangedThenUpdatesAndRemoves() throws Exception {
    DeployReport first = deployer().deploy(site);
    assertThat(first.committed()).isTrue();
    assertThat(first.pushed()).isTrue();
    assertThat(first.message())
        .isEqualTo("Publish site: 3 pages, 1 other file (data as of 2026-09)");
    assertThat(filesOnMain())
        .containsExactly(
            "assets/site.abc.css", "index.html", "projects/a/index.html", "projects/b/index.html");

    DeployReport second = deployer().deploy(site);
    assertThat(second.committed()).isFalse();
    assertThat(second.pushed()).isFalse();
    assertThat(log()).hasSize(1);

    write("index.html", "<h1>Atlas, October</h1>");
    write("projects/c/index.html", "<h1>C</h1>");
    Files.delete(site.resolve("projects/b/index.html"));
    Files.delete(site.resolve("projects/b"));
    CheckMarker.write(site, 3, "2026-10");
    DeployReport third = deployer().deploy(site);
    assertThat(third.message())
        .isEqualTo("Update site: 2 pages changed, 1 removed (data as of 2026-10)");
    assertThat(filesOnMain())
        .containsExactly(
            "assets/site.abc.css", "index.html", "projects/a/index.html", "projects/c/index.html");
    assertThat(log()).hasSize(2);
    assertThat(readOnMain("index.html")).isEqualTo("<h1>Atlas, October</h1>");
  }

  @Test
  void aFreshWorkTreeCatchesUpWithTheRemote() throws Exception {
    deployer().deploy(site);
    // Another machine (or a lost work tree) deploys the same site: nothing to commit.
    DeployReport again =
        new SiteDeployer(
                new DeployOptions(
                    bare.toString(), "main", dir.resolve("other-work"), null, null, null))
            .deploy(site);
    assertThat(again.committed()).isFalse();
    assertThat(log()).hasSize(1);
  }

  @Test
  void refusesASiteThatFailedOrSkippedItsChecks() throws IOException {
    Files.delete(site.resolve(CheckMarker.FILE));
    assertThatThrownBy(() -> deployer().deploy(site))
        .isInstanceOf(AtlasException.class)
        .hasMessageContaining("has no .checked marker")
        .satisfies(e -> assertThat(((AtlasException) e).exitCode()).isEqualTo(65));

    CheckMarker.write(site, 3, "2026-09");
    write("projects/a/index.html", "<h1>edited by hand</h1>");
    assertThatThrownBy(() -> deployer().deploy(site))
        .isInstanceOf(AtlasException.class)
        .hasMessageContaining("changed after it was checked");
  }

  @Test
  void aDryRunCountsTheChangesAndLeavesTheRemoteAndTheWorkTreeAlone() throws Exception {
    deployer().deploy(site);
    write("projects/c/index.html", "<h1>C</h1>");
    Files.delete(site.resolve("projects/b/index.html"));
    CheckMarker.write(site, 3, "2026-10");

    DeployReport dry =
        new SiteDeployer(
                new DeployOptions(
                    bare.toString(), null, dir.resolve("work"), null, null, null, null, true))
            .deploy(site);

    assertThat(dry.dryRun()).isTrue();
    assertThat(dry.committed()).isFalse();
    assertThat(dry.pushed()).isFalse();
    assertThat(List.of(dry.added(), dry.updated(), dry.removed())).containsExactly(1, 0, 1);
    assertThat(log()).hasSize(1);
    assertThat(dir.resolve("work/projects/b/index.html")).exists();
    assertThat(dir.resolve("work/projects/c")).doesNotExist();
    DeployReport real = deployer().deploy(site);
    assertThat(List.of(real.added(), real.updated(), real.removed())).containsExactly(1, 0, 1);
  }

  @Test
  void aGivenMessageIsTheSubjectAndTheGeneratedOneTheBody() throws Exception {
    DeployReport report =
        new SiteDeployer(
                new DeployOptions(
                    bare.toString(),
                    null,
                    dir.resolve("work"),
                    "Ada",
                    "ada@example.org",
                    null,
                    "October data",
                    false))
            .deploy(site);

    assertThat(report.message())
        .isEqualTo("October data\n\nPublish site: 3 pages, 1 other file (data as of 2026-09)");
    RevCommit head = log().get(0);
    assertThat(head.getShortMessage()).isEqualTo("October data");
    assertThat(head.getAuthorIdent().getEmailAddress()).isEqualTo("ada@example.org");
  }

  @Test
  void refusesATokenInTheUrlWithoutShowingIt() {
    assertThatThrownBy(
            () ->
                new SiteDeployer(
                    new DeployOptions(
                        "https://x-access-token:s3cr3t-t0ken@example.org/site.git",
                        null,
                        dir,
                        null,
                        null,
                        null)))
        .isInstanceOf(AtlasException.class)
        .hasMessageContaining("DEPLOY_TOKEN")
        .hasMessageContaining("https://example.org/site.git")
        .hasMessageNotContaining("s3cr3t");
  }

  @Test
  void refusesATokenWrittenAsTheUserNameWithoutStoringOrShowingIt() {
    Path work = dir.resolve("work");
    assertThatThrownBy(
            () ->
                new SiteDeployer(
                        new DeployOptions(
                            "https://ghp_SECRET@example.org/site.git",
                            null,
                            work,
                            null,
                            null,
                            null))
                    .deploy(site))
        .isInstanceOfSatisfying(
            AtlasException.class, e -> assertThat(e.exitCode()).isEqualTo(ExitCode.USAGE))
        .hasMessageContaining("https://example.org/site.git")
        .hasMessageNotContaining("ghp_SECRET");
    assertThat(work.resolve(".git/config")).doesNotExist();
  }

  @Test
  void aSymlinkInTheDeploymentBranchIsReplacedAndNothingIsWrittenOutsideTheClone()
      throws Exception {
    Path outside = Files.createDirectories(dir.resolve("outside"));
    Path hostile = dir.resolve("hostile");
    try (Git git = Git.init().setDirectory(hostile.toFile()).setInitialBranch("main").call()) {
      Files.createSymbolicLink(hostile.resolve("assets"), outside);
      Files.createDirectories(hostile.resolve("projects"));
      Files.createSymbolicLink(hostile.resolve("projects/a"), outside);
      git.add().addFilepattern(".").call();
      git.commit().setMessage("hostile").setSign(false).call();
      git.push()
          .setRemote(bare.toUri().toString())
          .setRefSpecs(new org.eclipse.jgit.transport.RefSpec("refs/heads/main:refs/heads/main"))
          .call();
    }

    deployer().deploy(site);

    try (var left = Files.list(outside)) {
      assertThat(left).isEmpty();
    }
    assertThat(filesOnMain())
        .containsExactly(
            "assets/site.abc.css", "index.html", "projects/a/index.html", "projects/b/index.html");
    assertThat(readOnMain("assets/site.abc.css")).isEqualTo("body{}");
    assertThat(dir.resolve("work/assets")).isDirectory();
    assertThat(Files.isSymbolicLink(dir.resolve("work/assets"))).isFalse();
  }

  @Test
  void needsARepository() {
    assertThatThrownBy(() -> new SiteDeployer(new DeployOptions(" ", null, dir, null, null, null)))
        .isInstanceOf(AtlasException.class)
        .hasMessageContaining("--repo");
  }

  private void write(String rel, String text) throws IOException {
    Path file = site.resolve(rel);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }

  private List<RevCommit> log() throws Exception {
    try (Git git = Git.open(bare.toFile())) {
      List<RevCommit> commits = new ArrayList<>();
      git.log().call().forEach(commits::add);
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

  private String readOnMain(String path) throws Exception {
    try (Git git = Git.open(bare.toFile())) {
      var repo = git.getRepository();
      try (TreeWalk walk =
          TreeWalk.forPath(repo, path, repo.parseCommit(repo.resolve("main")).getTree())) {
        return new String(repo.open(walk.getObjectId(0)).getBytes(), StandardCharsets.UTF_8);
      }
    }
  }
}
