package org.ossatlas.harvester.git;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.RefUpdate;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.lib.StoredConfig;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.transport.FetchResult;
import org.eclipse.jgit.transport.RefSpec;
import org.eclipse.jgit.transport.TagOpt;

/**
 * A project's bare clone: created on first use ({@code git init --bare}, so that an empty remote is
 * not an error), its remote following the curated URL, fetched on every run, its {@code HEAD}
 * following the remote's default branch.
 */
final class Clones {
  private static final String HEADS = "refs/heads/*";
  private static final String TAGS_REFSPEC = "+refs/tags/*:refs/tags/*";

  private Clones() {}

  /** Opens the bare clone, creating it on first use; the remote follows the curated URL. */
  static Repository open(Path clone, String url) throws IOException, GitAPIException {
    if (Files.notExists(clone.resolve("HEAD")) || Files.notExists(clone.resolve("config"))) {
      Files.createDirectories(clone);
      Git.init().setBare(true).setGitDir(clone.toFile()).call().close();
    }
    Repository repo =
        new FileRepositoryBuilder().setGitDir(clone.toFile()).setMustExist(true).build();
    StoredConfig config = repo.getConfig();
    boolean changed = !url.equals(config.getString("remote", "origin", "url"));
    changed |= !("+" + HEADS + ":" + HEADS).equals(config.getString("remote", "origin", "fetch"));
    if (changed) {
      config.setString("remote", "origin", "url", url);
      config.setString("remote", "origin", "fetch", "+" + HEADS + ":" + HEADS);
      config.save();
    }
    return repo;
  }

  /**
   * Fetches every branch (pruning deleted ones) and returns the remote's default branch, empty when
   * the remote has no branch at all. The URL goes through the configuration, so {@code insteadOf}
   * applies.
   */
  static Optional<Ref> fetch(Repository repo, String shownUrl) throws IOException, GitAPIException {
    FetchResult result;
    try (Git git = new Git(repo)) {
      result =
          git.fetch()
              .setRemote("origin")
              .setRemoveDeletedRefs(true)
              // Every tag too, wherever it points (release tags sit on release branches): the
              // analytics read releases from them (docs/metrics.md). Pruned like the branches.
              .setRefSpecs(new RefSpec("+" + HEADS + ":" + HEADS), new RefSpec(TAGS_REFSPEC))
              .setTagOpt(TagOpt.NO_TAGS)
              .setTimeout(120)
              .call();
    }
    String branchName = defaultBranch(result);
    if (branchName == null) {
      if (repo.getRefDatabase().getRefsByPrefix(Constants.R_HEADS).isEmpty()) {
        return Optional.empty();
      }
      throw new IOException(
          "the remote advertises no HEAD and has no main or master branch; cannot tell the default"
              + " branch of "
              + shownUrl);
    }
    Ref branch = repo.exactRef(branchName);
    if (branch == null) {
      throw new IOException("the default branch " + branchName + " was not fetched");
    }
    Ref head = repo.exactRef(Constants.HEAD);
    if (head == null || !head.isSymbolic() || !branchName.equals(head.getTarget().getName())) {
      RefUpdate update = repo.updateRef(Constants.HEAD);
      update.link(branchName);
    }
    return Optional.of(branch);
  }

  /**
   * The remote's {@code HEAD}; when it is not advertised as a symbolic ref, the branch at the same
   * commit (main or master preferred), else the only branch, else main, else master.
   */
  private static String defaultBranch(FetchResult result) {
    Ref head = result.getAdvertisedRef(Constants.HEAD);
    Collection<Ref> refs = result.getAdvertisedRefs();
    if (head != null) {
      if (head.isSymbolic()) {
        return head.getTarget().getName();
      }
      ObjectId id = head.getObjectId();
      String match = null;
      for (Ref r : refs) {
        if (r.getName().startsWith(Constants.R_HEADS) && id != null && id.equals(r.getObjectId())) {
          if (match == null || r.getName().endsWith("/main") || r.getName().endsWith("/master")) {
            match = r.getName();
          }
        }
      }
      if (match != null) {
        return match;
      }
    }
    List<String> heads = new ArrayList<>();
    for (Ref r : refs) {
      if (r.getName().startsWith(Constants.R_HEADS)) {
        heads.add(r.getName());
      }
    }
    if (heads.size() == 1) {
      return heads.get(0);
    }
    for (String name : List.of("refs/heads/main", "refs/heads/master")) {
      if (heads.contains(name)) {
        return name;
      }
    }
    return null;
  }
}
