package org.ossatlas.cli;

import java.util.Locale;
import org.ossatlas.common.ExitCode;
import org.ossatlas.common.RunLog;
import org.ossatlas.common.StageRun;
import org.ossatlas.site.deploy.DeployOptions;
import org.ossatlas.site.deploy.DeployReport;
import org.ossatlas.site.deploy.SiteDeployer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Publish the site to a deployment git repository. */
@Command(
    name = "deploy",
    description = {
      "Publish OUT to a deployment git repository: mirror the site into a clone kept in"
          + " DATA/deploy, commit only when something changed, then push.",
      "Refuses a site that did not pass its checks or was changed since (exit 65).",
      "For https remotes the token comes from DEPLOY_TOKEN (never from a flag); ssh remotes use"
          + " the keys in ~/.ssh."
    })
final class DeployCommand extends AtlasSubcommand {
  static final String STAGE = "deploy";
  static final String TOKEN_VARIABLE = "DEPLOY_TOKEN";

  @Option(
      names = {"--repo", "--deploy-repo"},
      paramLabel = "URL|PATH",
      description =
          "The deployment repository: https://host/owner/site.git, git@host:owner/site.git or a"
              + " local path.")
  String repo;

  @Option(
      names = {"--branch", "--deploy-branch"},
      paramLabel = "NAME",
      defaultValue = DeployOptions.DEFAULT_BRANCH,
      description = "The branch the static host serves (default: ${DEFAULT-VALUE}).")
  String branch;

  @Option(
      names = "--author-name",
      paramLabel = "NAME",
      defaultValue = DeployOptions.DEFAULT_AUTHOR,
      description = "Author of the deploy commits (default: ${DEFAULT-VALUE}).")
  String authorName;

  @Option(
      names = "--author-email",
      paramLabel = "EMAIL",
      defaultValue = DeployOptions.DEFAULT_EMAIL,
      description = "E-mail of the deploy commits (default: ${DEFAULT-VALUE}).")
  String authorEmail;

  @Option(
      names = "--message",
      paramLabel = "TEXT",
      description =
          "First line of the commit message; the generated one (what changed) becomes its body.")
  String message;

  @Option(names = "--dry-run", description = "Say what would change; commit and push nothing.")
  boolean dryRun;

  @Override
  public Integer call() {
    DeployOptions options =
        new DeployOptions(
            repo,
            branch,
            workspace().data().resolve("deploy"),
            authorName,
            authorEmail,
            env(TOKEN_VARIABLE),
            message,
            dryRun);
    SiteDeployer deployer = new SiteDeployer(options);
    out()
        .printf(
            Locale.ROOT,
            "deploy: %s to %s, branch %s%s%n",
            workspace().out(),
            options.repoForDisplay(),
            options.branch(),
            dryRun ? " (dry run)" : "");
    out().flush();
    StageRun run = StageRun.start(STAGE);
    DeployReport report;
    try {
      report = deployer.deploy(workspace().out());
    } catch (RuntimeException e) {
      if (!dryRun) {
        new RunLog(workspace()).append(run.warn(String.valueOf(e.getMessage())).finish(false));
      }
      throw e;
    }
    print(report);
    if (!dryRun) {
      run.out("added", report.added())
          .out("updated", report.updated())
          .out("removed", report.removed())
          .out("commits", report.committed() ? 1 : 0);
      new RunLog(workspace()).append(run.finish(true));
    }
    return ExitCode.OK;
  }

  private void print(DeployReport report) {
    String counts =
        String.format(
            Locale.ROOT,
            "%d added, %d updated, %d removed",
            report.added(),
            report.updated(),
            report.removed());
    if (report.dryRun()) {
      out()
          .println(
              report.unchanged()
                  ? "deploy: dry run: nothing would change"
                  : "deploy: dry run: would commit " + counts + "; nothing committed or pushed");
    } else if (report.committed()) {
      out().println("deploy: " + counts);
      out()
          .printf(
              Locale.ROOT,
              "deploy: committed %s \"%s\"%s%n",
              report.commitId().substring(0, 12),
              report.message().lines().findFirst().orElse(""),
              report.pushed() ? " and pushed" : "");
    } else {
      out()
          .println(
              "deploy: nothing changed"
                  + (report.pushed() ? "; pushed the commit an earlier run could not push" : ""));
    }
  }
}
