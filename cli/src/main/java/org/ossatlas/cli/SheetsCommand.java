package org.ossatlas.cli;

import java.net.URI;
import java.util.EnumMap;
import java.util.Map;
import org.ossatlas.common.AtlasException;
import org.ossatlas.common.ExitCode;
import org.ossatlas.graph.sheets.Sheet;
import org.ossatlas.graph.sheets.ValidationResult;
import org.ossatlas.importer.SheetsPull;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code ossatlas sheets pull}: the curators' Google Sheet, tab by tab, into the sheets folder. */
@Command(
    name = "sheets",
    mixinStandardHelpOptions = true,
    description = "The curators' Google Sheet: `sheets pull` downloads its published tabs.",
    subcommands = {SheetsCommand.Pull.class})
final class SheetsCommand implements Runnable {
  @ParentCommand OssAtlasCommand root;

  @Spec CommandSpec spec;

  @Override
  public void run() {
    throw new ParameterException(spec.commandLine(), "a subcommand is required: pull");
  }

  @Command(
      name = "pull",
      mixinStandardHelpOptions = true,
      description = {
        "Download every configured tab (its File → Share → Publish to web → CSV link), validate"
            + " them with the other sheets, print per sheet the rows added (+), removed (-) and"
            + " changed (~), and replace the --sheets folder only when everything validates."
            + " Set the links once in ossatlas.properties (projects-url=…, categories-url=… ) or"
            + " as OSSATLAS_PROJECTS_URL …; tabs without a link keep their file.",
        "Exit: 0 pulled; 65 a tab does not validate (nothing changed); 2 a link is wrong;"
            + " 75 the download failed (nothing changed, try again later)."
      })
  static final class Pull implements java.util.concurrent.Callable<Integer> {
    @ParentCommand SheetsCommand parent;

    @Spec CommandSpec spec;

    @Option(names = "--categories-url", paramLabel = "URL", description = "categories tab (CSV).")
    String categories;

    @Option(names = "--projects-url", paramLabel = "URL", description = "projects tab (CSV).")
    String projects;

    @Option(names = "--backers-url", paramLabel = "URL", description = "backers tab (CSV).")
    String backers;

    @Option(
        names = "--project-backers-url",
        paramLabel = "URL",
        description = "project_backers tab (CSV).")
    String projectBackers;

    @Option(names = "--links-url", paramLabel = "URL", description = "links tab (CSV).")
    String links;

    @Option(names = "--relations-url", paramLabel = "URL", description = "relations tab (CSV).")
    String relations;

    @Override
    public Integer call() {
      Map<Sheet, URI> urls = new EnumMap<>(Sheet.class);
      put(urls, Sheet.CATEGORIES, categories, "--categories-url");
      put(urls, Sheet.PROJECTS, projects, "--projects-url");
      put(urls, Sheet.BACKERS, backers, "--backers-url");
      put(urls, Sheet.PROJECT_BACKERS, projectBackers, "--project-backers-url");
      put(urls, Sheet.LINKS, links, "--links-url");
      put(urls, Sheet.RELATIONS, relations, "--relations-url");
      var out = spec.commandLine().getOut();
      var dir = parent.root.workspace().sheets();
      SheetsPull.Result result = new SheetsPull().pull(urls, dir);
      result.diff().forEach((sheet, diff) -> diff.lines(sheet).forEach(out::println));
      ValidationResult validation = result.validation();
      validation.problems().forEach(p -> out.println(p.format()));
      out.println(validation.summary());
      if (!result.written()) {
        out.println(
            "The pulled tabs do not validate: "
                + dir
                + " was left as it was. Fix the sheet and pull again.");
        out.flush();
        return ExitCode.DATA_ERR;
      }
      out.println("pulled into " + dir + "; review with git diff, then commit");
      out.flush();
      return ExitCode.OK;
    }

    private static void put(Map<Sheet, URI> urls, Sheet sheet, String value, String option) {
      if (value == null || value.isBlank()) {
        return;
      }
      try {
        URI uri = URI.create(value.strip());
        String scheme = uri.getScheme() == null ? "" : uri.getScheme();
        if (!scheme.equals("https") && !scheme.equals("http")) {
          throw new IllegalArgumentException("not http(s)");
        }
        urls.put(sheet, uri);
      } catch (IllegalArgumentException e) {
        throw AtlasException.usage(option + " " + value + ": not an http(s) URL");
      }
    }
  }
}
