package org.ossatlas.cli;

import java.nio.file.Path;
import java.util.Map;
import org.ossatlas.common.Progress;
import org.ossatlas.common.Workspace;
import org.ossatlas.graph.Neo4jSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/** The root command: the locations and switches every subcommand shares. */
@Command(
    name = "ossatlas",
    mixinStandardHelpOptions = true,
    versionProvider = BuildVersion.class,
    description =
        "Harvests commit histories, loads curated sheets into Neo4j, analyzes and renders a static site.",
    subcommands = {
      HarvestCommand.class,
      CompactCommand.class,
      ValidateCommand.class,
      LoadCommand.class,
      AnalyzeCommand.class,
      RenderCommand.class,
      SiteCommand.class,
      DeployCommand.class,
      ServeCommand.class,
      StatusCommand.class,
      GraphCommand.class,
      ConfigCommand.class,
      ImportCommand.class,
      SheetsCommand.class
    },
    footer = {
      "",
      "Exit codes: 0 success; 75 harvest stopped with work left (run again later);",
      "  65 invalid input data; 2 usage error; 1 anything else.",
      "Settings: flag, else OSSATLAS_<OPTION> in the environment, else <option>=value in",
      "  ossatlas.properties (or the file in OSSATLAS_CONFIG), else the default.",
      "  `ossatlas config` lists them all."
    })
public final class OssAtlasCommand implements Runnable {
  private final Map<String, String> env;

  /** A root whose settings and secrets come from {@code env} instead of the process environment. */
  OssAtlasCommand(Map<String, String> env) {
    this.env = Map.copyOf(env);
  }

  @Option(
      names = "--sheets",
      scope = ScopeType.INHERIT,
      paramLabel = "DIR",
      defaultValue = "curated-sheets",
      description = "Curated CSV exports (default: ${DEFAULT-VALUE}).")
  Path sheets;

  @Option(
      names = "--data",
      scope = ScopeType.INHERIT,
      paramLabel = "DIR",
      defaultValue = "data",
      description = "Harvested and computed data (default: ${DEFAULT-VALUE}).")
  Path data;

  @Option(
      names = "--out",
      scope = ScopeType.INHERIT,
      paramLabel = "DIR",
      defaultValue = "site-out",
      description = "Where the site is rendered (default: ${DEFAULT-VALUE}).")
  Path out;

  @Option(
      names = "--neo4j-uri",
      scope = ScopeType.INHERIT,
      paramLabel = "URI",
      description =
          "A Neo4j server (bolt:// or neo4j://); also NEO4J_URI, with NEO4J_USER and"
              + " NEO4J_PASSWORD. Default: an embedded Neo4j in DATA/graph.")
  String neo4jUri;

  @Option(
      names = "--debug",
      scope = ScopeType.INHERIT,
      description = "Show stack traces with error messages.")
  boolean debug;

  @Option(
      names = {"-q", "--quiet"},
      scope = ScopeType.INHERIT,
      description = "No progress bars (they are off anyway when not on a terminal).")
  void setQuiet(boolean quiet) {
    if (quiet) {
      Progress.setEnabled(false);
    }
  }

  public Workspace workspace() {
    return new Workspace(sheets, data, out);
  }

  public Neo4jSettings neo4jSettings() {
    return Neo4jSettings.resolve(neo4jUri, workspace().graphStore(), env);
  }

  /** The environment this command line reads (secrets included: never print it whole). */
  Map<String, String> env() {
    return env;
  }

  @Spec CommandSpec spec;

  @Override
  public void run() {
    throw new ParameterException(spec.commandLine(), "a subcommand is required");
  }
}
