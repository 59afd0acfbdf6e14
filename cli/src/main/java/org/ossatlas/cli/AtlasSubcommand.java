package org.ossatlas.cli;

import java.util.concurrent.Callable;
import org.ossatlas.common.Workspace;
import org.ossatlas.graph.Neo4jSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** What every subcommand shares: the root's locations and an exit code as the result. */
@Command(mixinStandardHelpOptions = true)
abstract class AtlasSubcommand implements Callable<Integer> {
  @ParentCommand OssAtlasCommand root;

  @Spec CommandSpec spec;

  Workspace workspace() {
    return root.workspace();
  }

  /** An environment variable (a secret such as {@code DEPLOY_TOKEN}), or null. */
  String env(String name) {
    return root.env().get(name);
  }

  Neo4jSettings neo4jSettings() {
    return root.neo4jSettings();
  }

  /** Standard output of this command line (tests capture it). */
  java.io.PrintWriter out() {
    return spec.commandLine().getOut();
  }

  java.io.PrintWriter err() {
    return spec.commandLine().getErr();
  }
}
