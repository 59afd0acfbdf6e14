package org.ossatlas.graph.sheets;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.ossatlas.common.RepositoryUrl;

/**
 * Checks single cells of one sheet: required values, id syntax, closed value sets, URLs, Markdown.
 * Each check reports on the row's line and the cell's column, and returns the value to keep (null
 * for an empty optional cell).
 */
final class FieldChecks {
  private static final String URL_HINT = "use an http:// or https:// URL";
  private static final String REPO_HINT =
      "use https://github.com/OWNER/NAME or a clone URL (https://, ssh://, git@host:path, file://)";

  private final SheetTable table;
  private final ProblemLog log;

  FieldChecks(SheetTable table, ProblemLog log) {
    this.table = table;
    this.log = log;
  }

  /** The value; an empty cell is an error (a missing column was reported with the header). */
  String required(SheetRow row, String column) {
    String value = row.get(column);
    if (value.isEmpty()) {
      if (table.hasColumn(column)) {
        log.error(row.origin(), column, "empty value", "`" + column + "` is required");
      }
      return null;
    }
    return value;
  }

  String optional(SheetRow row, String column) {
    String value = row.get(column);
    return value.isEmpty() ? null : value;
  }

  /**
   * An optional {@code ;}-separated list of e-mail domains ({@code nvidia.com;nvidia.org}),
   * lower-cased; empty when the cell is.
   */
  List<String> domains(SheetRow row, String column) {
    List<String> domains = new ArrayList<>();
    for (String part : row.get(column).split(";")) {
      String domain = part.strip().toLowerCase(Locale.ROOT);
      if (domain.isEmpty()) {
        continue;
      }
      if (!domain.matches("[a-z0-9-]+(\\.[a-z0-9-]+)+")) {
        log.error(
            row.origin(),
            column,
            "`" + part.strip() + "` is not an e-mail domain",
            "list the domains of the backer's e-mail addresses separated by ';', e.g."
                + " `nvidia.com;nvidia.org`");
        continue;
      }
      if (!domains.contains(domain)) {
        domains.add(domain);
      }
    }
    return domains;
  }

  /** A required slug such as {@code duckdb} or {@code apache-airflow}. */
  String id(SheetRow row, String column) {
    String value = required(row, column);
    if (value != null && value.length() > Vocabulary.MAX_ID_LENGTH) {
      log.error(
          row.origin(),
          column,
          "the id is "
              + value.length()
              + " characters long; the limit is "
              + Vocabulary.MAX_ID_LENGTH
              + " (ids name the site's files)",
          "use a shorter id");
    } else if (value != null && !Vocabulary.isSlug(value)) {
      log.error(
          row.origin(),
          column,
          "`" + value + "` is not a valid id",
          "ids are lowercase letters, digits and '-', e.g. `" + slugify(value) + "`");
    }
    return value;
  }

  /** A required value from a closed set. */
  String oneOf(SheetRow row, String column, List<String> allowed) {
    String value = required(row, column);
    if (value != null) {
      checkAllowed(row, column, value, allowed);
    }
    return value;
  }

  /** An optional value from a closed set, {@code fallback} when empty. */
  String oneOfOr(SheetRow row, String column, List<String> allowed, String fallback) {
    String value = optional(row, column);
    if (value == null) {
      return fallback;
    }
    checkAllowed(row, column, value, allowed);
    return value;
  }

  String webUrl(SheetRow row, String column, boolean isRequired) {
    String value = isRequired ? required(row, column) : optional(row, column);
    if (value != null) {
      String problem = WebUrls.problem(value);
      if (problem != null) {
        log.error(row.origin(), column, problem + ": `" + value + "`", URL_HINT);
      }
    }
    return value;
  }

  /** A required repository URL; with {@code source=github} it must be on GitHub. */
  String repo(SheetRow row, String column, String source) {
    String value = required(row, column);
    if (value == null) {
      return null;
    }
    String problem = RepositoryUrl.problem(value);
    if (problem != null) {
      log.error(row.origin(), column, problem + ": `" + value + "`", REPO_HINT);
    } else if ("github".equals(source) && !RepositoryUrl.parse(value).orElseThrow().isGitHub()) {
      log.error(
          row.origin(),
          column,
          "source is `github` but `" + value + "` is not a GitHub repository",
          "use https://github.com/OWNER/NAME, or set source to `git` or leave it empty");
    }
    return value;
  }

  /** Optional Markdown without raw HTML or unsafe links. */
  String markdown(SheetRow row, String column) {
    String value = optional(row, column);
    if (value != null) {
      MarkdownCheck.Finding finding = MarkdownCheck.check(value);
      if (finding != null) {
        log.error(row.origin(), column, finding.message(), finding.hint());
      }
    }
    return value;
  }

  /** A required {@code ;}-separated list of ids, without blanks or repeats. */
  List<String> idList(SheetRow row, String column) {
    String value = required(row, column);
    List<String> ids = new ArrayList<>();
    if (value == null) {
      return ids;
    }
    for (String part : value.split(";", -1)) {
      String id = part.strip();
      if (id.isEmpty()) {
        log.error(
            row.origin(),
            column,
            "empty entry in `" + value + "`",
            "separate ids with a single `;`, without one at the end");
      } else if (ids.contains(id)) {
        log.error(row.origin(), column, "`" + id + "` is listed twice", null);
      } else {
        ids.add(id);
      }
    }
    return ids;
  }

  private void checkAllowed(SheetRow row, String column, String value, List<String> allowed) {
    if (!allowed.contains(value)) {
      String suggestion = Suggestions.didYouMean(value, allowed);
      log.error(
          row.origin(),
          column,
          "unknown " + column + " `" + value + "`; allowed: " + String.join(", ", allowed),
          suggestion);
    }
  }

  /** A slug close to {@code value}, to show what an id should look like. */
  static String slugify(String value) {
    String slug =
        value
            .toLowerCase(Locale.ROOT)
            .replaceAll("[^a-z0-9]+", "-")
            .replaceAll("^-+", "")
            .replaceAll("-+$", "");
    return slug.isEmpty() ? "my-id" : slug;
  }
}
