package org.ossatlas.site.deploy;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.ResetCommand;
import org.eclipse.jgit.api.Status;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.RefUpdate;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.lib.StoredConfig;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.transport.CredentialsProvider;
import org.eclipse.jgit.transport.PushResult;
import org.eclipse.jgit.transport.RefSpec;
import org.eclipse.jgit.transport.RemoteRefUpdate;
import org.eclipse.jgit.transport.URIish;
import org.eclipse.jgit.transport.UsernamePasswordCredentialsProvider;
import org.ossatlas.common.AtlasException;
import org.ossatlas.common.ExitCode;
import org.ossatlas.common.RepositoryUrl;
import org.ossatlas.site.check.CheckMarker;

/**
 * Publishes a checked site to a deployment git repository: brings a local clone up to the remote
 * branch, mirrors the site into it, commits only when something changed (the message says what),
 * and pushes. Refuses a site that did not pass its checks or changed since.
 */
public final class SiteDeployer {
  private static final String REMOTE = "origin";

  private final DeployOptions options;

  public SiteDeployer(DeployOptions options) {
    if (options.repo() == null || options.repo().isBlank()) {
      throw AtlasException.usage(
          "no deployment repository: give --repo URL|PATH or set OSSATLAS_DEPLOY_REPO");
    }
    if (RepositoryUrl.hasCredentials(options.repo())) {
      // A token written as the user name (https://ghp_x@host/r.git) would end up in
      // .git/config, messages and the run log: tokens come from the environment only.
      throw AtlasException.usage(
          "the repository URL "
              + RepositoryUrl.redact(options.repo())
              + " carries credentials (user info before `@`); give the URL without them and put"
              + " the token in DEPLOY_TOKEN");
    }
    this.options = options;
  }

  public DeployReport deploy(Path site) {
    String asOf = CheckMarker.verify(site);
    try (Git git = openWorkTree()) {
      boolean remoteBranch = fetch(git);
      SiteSync.mirror(site, options.workDir());
      git.add().addFilepattern(".").call();
      git.add().setUpdate(true).addFilepattern(".").call();
      Status status = git.status().call();
      Changes changes = Changes.of(status);
      RevCommit commit = null;
      String message = null;
      if (!changes.isEmpty()) {
        message = changes.message(!remoteBranch, asOf);
        if (options.message() != null) {
          message = options.message() + "\n\n" + message;
        }
      }
      if (options.dryRun()) {
        restore(git);
        return report(changes, null, message, false);
      }
      if (!changes.isEmpty()) {
        commit =
            git.commit()
                .setMessage(message)
                .setAuthor(options.authorName(), options.authorEmail())
                .setCommitter(options.authorName(), options.authorEmail())
                .setSign(false)
                .call();
      }
      boolean pushed = pushIfAhead(git);
      return report(changes, commit, message, pushed);
    } catch (GitAPIException | IOException | URISyntaxException e) {
      throw new AtlasException(
          ExitCode.SOFTWARE,
          scrub("deploy to " + RepositoryUrl.redact(options.repo()) + " failed: " + e.getMessage()),
          e);
    }
  }

  private DeployReport report(Changes changes, RevCommit commit, String message, boolean pushed) {
    return new DeployReport(
        commit != null,
        commit == null ? null : commit.getName(),
        message,
        changes.added(),
        changes.updated(),
        changes.removed(),
        changes.pagesChanged(),
        changes.pagesRemoved(),
        changes.others(),
        pushed,
        options.dryRun());
  }

  /** After a dry run: the work tree back to the deployed branch (nothing to undo before one). */
  private void restore(Git git) throws GitAPIException, IOException {
    if (git.getRepository().resolve(Constants.HEAD) != null) {
      git.reset().setMode(ResetCommand.ResetType.HARD).setRef(Constants.HEAD).call();
      git.clean().setCleanDirectories(true).setForce(true).call();
    }
  }

  /** Opens the kept clone, or makes a new one, with {@code origin} pointing at the repository. */
  private Git openWorkTree() throws IOException, GitAPIException, URISyntaxException {
    Path dir = options.workDir();
    Git git;
    if (Files.isDirectory(dir.resolve(".git"))) {
      git = Git.open(dir.toFile());
    } else {
      Files.createDirectories(dir);
      git = Git.init().setDirectory(dir.toFile()).setInitialBranch(options.branch()).call();
    }
    StoredConfig config = git.getRepository().getConfig();
    config.setString("remote", REMOTE, "url", new URIish(remoteUrl()).toString());
    config.setString(
        "remote",
        REMOTE,
        "fetch",
        "+refs/heads/" + options.branch() + ":refs/remotes/" + REMOTE + "/" + options.branch());
    config.save();
    return git;
  }

  /**
   * Fetches the branch and points the local branch and work tree at it; false when the remote has
   * no such branch yet (a new, empty repository), in which case the local branch is left as is.
   */
  private boolean fetch(Git git) throws GitAPIException, IOException {
    String branchRef = Constants.R_HEADS + options.branch();
    Collection<Ref> heads =
        Git.lsRemoteRepository()
            .setRemote(remoteUrl())
            .setHeads(true)
            .setCredentialsProvider(credentials())
            .call();
    boolean exists = heads.stream().anyMatch(r -> r.getName().equals(branchRef));
    Repository repo = git.getRepository();
    RefUpdate head = repo.updateRef(Constants.HEAD);
    head.link(branchRef);
    if (!exists) {
      return false;
    }
    git.fetch().setRemote(REMOTE).setCredentialsProvider(credentials()).call();
    ObjectId remote = repo.resolve(Constants.R_REMOTES + REMOTE + "/" + options.branch());
    RefUpdate local = repo.updateRef(branchRef);
    local.setNewObjectId(remote);
    local.setForceUpdate(true);
    local.update();
    git.reset().setMode(ResetCommand.ResetType.HARD).setRef(branchRef).call();
    git.clean().setCleanDirectories(true).setForce(true).call();
    return true;
  }

  /**
   * Pushes when the local branch differs from the remote one (a new commit, or an earlier failed
   * push).
   */
  private boolean pushIfAhead(Git git) throws GitAPIException, IOException {
    Repository repo = git.getRepository();
    ObjectId local = repo.resolve(Constants.R_HEADS + options.branch());
    ObjectId remote = repo.resolve(Constants.R_REMOTES + REMOTE + "/" + options.branch());
    if (local == null || local.equals(remote)) {
      return false;
    }
    String spec = Constants.R_HEADS + options.branch();
    Iterable<PushResult> results =
        git.push()
            .setRemote(REMOTE)
            .setRefSpecs(new RefSpec(spec + ":" + spec))
            .setCredentialsProvider(credentials())
            .call();
    List<String> failures = new ArrayList<>();
    for (PushResult result : results) {
      for (RemoteRefUpdate update : result.getRemoteUpdates()) {
        if (update.getStatus() != RemoteRefUpdate.Status.OK
            && update.getStatus() != RemoteRefUpdate.Status.UP_TO_DATE) {
          failures.add(
              update.getRemoteName()
                  + ": "
                  + update.getStatus()
                  + (update.getMessage() == null ? "" : " (" + scrub(update.getMessage()) + ")"));
        }
      }
    }
    if (!failures.isEmpty()) {
      throw new AtlasException(
          ExitCode.SOFTWARE,
          scrub(
              "push to "
                  + RepositoryUrl.redact(options.repo())
                  + " was refused: "
                  + String.join("; ", failures)));
    }
    RefUpdate tracking = repo.updateRef(Constants.R_REMOTES + REMOTE + "/" + options.branch());
    tracking.setNewObjectId(local);
    tracking.setForceUpdate(true);
    tracking.update();
    return true;
  }

  /** A local path as an absolute file URL; anything else as given. */
  private String remoteUrl() {
    String repo = options.repo().strip();
    if (!repo.contains("://") && !repo.matches("^[^/]+@[^:]+:.*")) {
      return Path.of(repo).toAbsolutePath().normalize().toUri().toString();
    }
    return repo;
  }

  /** The token for https remotes; ssh uses keys as configured in {@code ~/.ssh}. */
  private CredentialsProvider credentials() {
    if (options.token() == null || !remoteUrl().startsWith("https://")) {
      return null;
    }
    return new UsernamePasswordCredentialsProvider("x-access-token", options.token());
  }

  /** A message without the token and without any URL's credentials (JGit quotes URLs). */
  private String scrub(String message) {
    if (message == null) {
      return "";
    }
    String text = options.token() == null ? message : message.replace(options.token(), "***");
    return RepositoryUrl.redact(text);
  }

  /** The staged changes, by kind, and the commit message that says what they are. */
  record Changes(
      int added, int updated, int removed, int pagesChanged, int pagesRemoved, int others) {
    static Changes of(Status status) {
      Set<String> changed = new TreeSet<>(status.getAdded());
      changed.addAll(status.getChanged());
      Set<String> removed = new TreeSet<>(status.getRemoved());
      int pages = (int) changed.stream().filter(Changes::isPage).count();
      int pagesGone = (int) removed.stream().filter(Changes::isPage).count();
      int others = changed.size() + removed.size() - pages - pagesGone;
      return new Changes(
          status.getAdded().size(),
          status.getChanged().size(),
          removed.size(),
          pages,
          pagesGone,
          others);
    }

    int total() {
      return added + updated + removed;
    }

    boolean isEmpty() {
      return total() == 0;
    }

    /** {@code Update site: 3 pages changed, 1 removed, 4 other files (data as of 2026-10)}. */
    String message(boolean first, String asOf) {
      List<String> parts = new ArrayList<>();
      if (first) {
        parts.add(pagesChanged + (pagesChanged == 1 ? " page" : " pages"));
      } else {
        if (pagesChanged > 0 || pagesRemoved == 0) {
          parts.add(pagesChanged + (pagesChanged == 1 ? " page changed" : " pages changed"));
        }
        if (pagesRemoved > 0) {
          parts.add(pagesRemoved + " removed");
        }
      }
      if (others > 0) {
        parts.add(others + (others == 1 ? " other file" : " other files"));
      }
      String data = asOf == null ? "no activity data yet" : "data as of " + asOf;
      return (first ? "Publish site: " : "Update site: ")
          + String.join(", ", parts)
          + " ("
          + data
          + ")";
    }

    private static boolean isPage(String path) {
      return path.endsWith(".html");
    }
  }
}
