package org.ossatlas.cli;

import org.ossatlas.common.ExitCode;
import org.ossatlas.graph.sheets.SheetsValidator;
import org.ossatlas.graph.sheets.ValidationResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Check the curated sheets; print every problem as FILE:LINE: COLUMN: message. */
@Command(
    name = "validate",
    description = {
      "Check the curated sheets; print every problem as FILE:LINE: COLUMN: message, then a count.",
      "Exit 65 when there are errors; warnings (byte-order mark, stray spaces, blank rows,"
          + " unknown columns) are cleaned up by `load` and do not fail."
    })
final class ValidateCommand extends AtlasSubcommand {
  /** How problems are printed. */
  enum Format {
    TEXT,
    GITHUB
  }

  @Option(
      names = "--format",
      paramLabel = "text|github",
      defaultValue = "text",
      description =
          "text (default): FILE:LINE: COLUMN: message; github: GitHub Actions annotations"
              + " (::error file=…,line=…,col=…::message) that a pull request shows on the line.")
  Format format;

  @Override
  public Integer call() {
    ValidationResult result = SheetsValidator.validate(workspace().sheets());
    if (format == Format.GITHUB) {
      GitHubAnnotation annotations = new GitHubAnnotation(workspace().sheets());
      result.problems().forEach(p -> out().println(annotations.format(p)));
    } else {
      result.problems().forEach(p -> out().println(p.format()));
    }
    out().println(result.summary());
    out().flush();
    return result.hasErrors() ? ExitCode.DATA_ERR : ExitCode.OK;
  }
}
