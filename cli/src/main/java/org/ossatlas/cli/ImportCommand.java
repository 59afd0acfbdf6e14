package org.ossatlas.cli;

import java.nio.file.Path;
import org.ossatlas.common.ExitCode;
import org.ossatlas.graph.sheets.ValidationResult;
import org.ossatlas.importer.ImportSummary;
import org.ossatlas.importer.SheetImport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code ossatlas import landscape|best-of FILE}: curated sheets from a list someone keeps. */
@Command(
    name = "import",
    mixinStandardHelpOptions = true,
    description = {
      "Turn a list someone already keeps into curated sheets, merged into --out DIR (default:"
          + " the --sheets folder). Curated edits survive a re-import: new rows are added,"
          + " upstream changes to values nobody edited come in, the others are reported, rows gone"
          + " upstream are listed and kept. The folder is replaced only when the result validates."
          + " See docs/curating.md."
    },
    subcommands = {ImportCommand.Landscape.class, ImportCommand.BestOf.class})
final class ImportCommand implements Runnable {
  @ParentCommand OssAtlasCommand root;

  @Spec CommandSpec spec;

  @Override
  public void run() {
    throw new ParameterException(spec.commandLine(), "name a format: landscape or best-of");
  }

  /** What both formats share: the file, the target folder, the report. */
  abstract static class Format implements java.util.concurrent.Callable<Integer> {
    @ParentCommand ImportCommand parent;

    @Spec CommandSpec spec;

    @picocli.CommandLine.Parameters(paramLabel = "FILE", description = "The upstream YAML file.")
    Path file;

    abstract SheetImport.Format format();

    SheetImport.Foundation foundation() {
      return null;
    }

    /** {@code --out DIR} when given on this command line, else the sheets folder. */
    Path target() {
      boolean outGiven = spec.commandLine().getParseResult().hasMatchedOption("--out");
      return outGiven ? parent.root.out : parent.root.sheets;
    }

    @Override
    public Integer call() {
      Path dir = target();
      var out = spec.commandLine().getOut();
      SheetImport.Result result = SheetImport.run(format(), file, dir, foundation());
      ImportSummary summary = result.summary();
      out.println("import " + format().folder() + " " + file + " → " + dir);
      summary.lines().forEach(l -> out.println("  " + l));
      ValidationResult validation = result.validation();
      if (!result.written()) {
        validation.problems().forEach(p -> out.println(p.format()));
        out.println(validation.summary());
        out.println(
            "The merged sheets do not validate: nothing was written to "
                + dir
                + ". Fix the problems above (in "
                + dir
                + " or upstream) and import again.");
        out.flush();
        return ExitCode.DATA_ERR;
      }
      out.println("written: " + dir + " (" + validation.summary() + "); next: ossatlas validate");
      out.flush();
      return ExitCode.OK;
    }
  }

  @Command(
      name = "landscape",
      mixinStandardHelpOptions = true,
      description = {
        "Import a landscapeapp landscape.yml (CNCF, LF AI & Data …): categories and subcategories"
            + " → categories, items with a repo_url → projects (items without one are listed and"
            + " skipped), crunchbase → backers (creator), project: maturity → the --foundation"
            + " as steward, twitter and community URLs → links."
      })
  static final class Landscape extends Format {
    @picocli.CommandLine.Option(
        names = "--foundation",
        paramLabel = "NAME",
        description =
            "The foundation that stewards the items with a `project:` maturity (graduated,"
                + " incubating, sandbox …), e.g. \"LF AI & Data\"; without it no steward rows.")
    String foundation;

    @picocli.CommandLine.Option(
        names = "--foundation-url",
        paramLabel = "URL",
        description = "The foundation's homepage, for backers.csv.")
    String foundationUrl;

    @Override
    SheetImport.Format format() {
      return SheetImport.Format.LANDSCAPE;
    }

    @Override
    SheetImport.Foundation foundation() {
      if (foundation == null || foundation.isBlank()) {
        return null;
      }
      return new SheetImport.Foundation(foundation.strip(), foundationUrl);
    }
  }

  @Command(
      name = "best-of",
      mixinStandardHelpOptions = true,
      description = {
        "Import a best-of-generator projects.yaml: categories → categories, projects with a"
            + " github_id (or gitlab_id) → projects, docs_url → docs links; duplicate names are"
            + " told apart by owner, repeats of one repository merged."
      })
  static final class BestOf extends Format {
    @Override
    SheetImport.Format format() {
      return SheetImport.Format.BEST_OF;
    }
  }
}
