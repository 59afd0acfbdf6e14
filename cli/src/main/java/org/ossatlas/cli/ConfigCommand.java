package org.ossatlas.cli;

import java.util.Map;
import java.util.TreeMap;
import org.ossatlas.common.ExitCode;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.OptionSpec;

/** Prints every setting with its effective value, so a cron setup can be checked at a glance. */
@Command(
    name = "config",
    description = "List every setting, its environment variable and its effective value.")
final class ConfigCommand extends AtlasSubcommand {

  @Override
  public Integer call() {
    Map<String, String> lines = new TreeMap<>();
    collect(spec.root().commandLine(), lines);
    lines.values().forEach(out()::println);
    out().println();
    out()
        .println(
            "Secrets are read only from the environment: GITHUB_TOKEN, NEO4J_PASSWORD,"
                + " DEPLOY_TOKEN.");
    return ExitCode.OK;
  }

  private static void collect(CommandLine command, Map<String, String> lines) {
    try {
      collectOptions(command, lines);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
    command.getSubcommands().values().forEach(sub -> collect(sub, lines));
  }

  private static void collectOptions(CommandLine command, Map<String, String> lines)
      throws Exception {
    // The layered provider (environment, then properties file, then default) is the truth here.
    for (OptionSpec option : command.getCommandSpec().options()) {
      if (option.usageHelp() || option.versionHelp()) {
        continue;
      }
      String key = option.longestName().replaceFirst("^-+", "");
      String effective = command.getDefaultValueProvider().defaultValue(option);
      String value = effective == null ? "" : effective;
      lines.putIfAbsent(
          key,
          String.format("%-18s %-28s %s", key, LayeredDefaults.environmentName(key), "= " + value));
    }
  }
}
