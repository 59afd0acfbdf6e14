package org.ossatlas.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.ossatlas.common.ExitCode;
import org.ossatlas.common.StageReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Harvest progress per repository, the last run of each stage, counts. */
@Command(
    name = "status",
    description = {
      "Harvest progress per repository (checkpoints in DATA/state, files in DATA/raw), the last"
          + " run of each stage (DATA/runs) and the rows of DATA/commits.csv.gz. Reads only.",
      "NEXT HARVEST: the source `harvest --source auto` takes for the project and why (a GitHub"
          + " repository goes through the API with GITHUB_TOKEN set, through a git clone without);"
          + " a project of the sheet not harvested yet is `new`, and is harvested first."
    })
final class StatusCommand extends AtlasSubcommand {
  @Option(names = "--json", description = "Print the status as one JSON object.")
  boolean json;

  @Override
  public Integer call() {
    boolean tokenSet =
        env("GITHUB_TOKEN") != null && !env("GITHUB_TOKEN").isBlank()
            || env("GITHUB_TOKENS") != null && !env("GITHUB_TOKENS").isBlank();
    StatusReport report = StatusReport.read(workspace(), tokenSet);
    if (json) {
      printJson(report);
      return ExitCode.OK;
    }
    if (report.empty()) {
      out()
          .println(
              "Nothing in "
                  + workspace().data()
                  + " yet: run `ossatlas harvest` (or `make harvest`), then `ossatlas compact`;"
                  + " `make site` builds the rest.");
      out().flush();
      return ExitCode.OK;
    }
    printProjects(report);
    printRuns(report);
    StatusReport.Commits commits = report.commits();
    out().println();
    out()
        .println(
            commits.writtenAt() == null
                ? commits.file() + ": not written yet (run `ossatlas compact`)"
                : String.format(
                    Locale.ROOT,
                    "%s: %,d rows, written %s",
                    commits.file(),
                    commits.rows(),
                    commits.writtenAt().truncatedTo(ChronoUnit.SECONDS)));
    out().flush();
    return ExitCode.OK;
  }

  private void printProjects(StatusReport report) {
    List<List<String>> rows = new ArrayList<>();
    rows.add(
        List.of(
            "PROJECT",
            "SOURCE",
            "STATUS",
            "STORED",
            "CHECKPOINT",
            "RAW FILES",
            "RAW SIZE",
            "LAST FETCH",
            "ROWS",
            "NEXT HARVEST",
            "DETAIL"));
    for (StatusReport.ProjectLine p : report.projects()) {
      rows.add(
          List.of(
              p.project(),
              dash(p.source()),
              dash(p.status()),
              p.commitsStored() == null
                  ? "-"
                  : String.format(Locale.ROOT, "%,d", p.commitsStored()),
              checkpointTime(p.updatedAt()),
              String.valueOf(p.rawFiles()),
              p.rawFiles() == 0 ? "-" : CompactCommand.bytes(p.rawBytes()),
              time(p.lastFetchedAt()),
              String.format(Locale.ROOT, "%,d", p.rows()),
              p.route() == null ? "" : p.route(),
              p.detail() == null ? "" : p.detail()));
    }
    table(rows, 5, 6, 8);
  }

  private void printRuns(StatusReport report) {
    out().println();
    if (report.lastRuns().isEmpty()) {
      out().println("No stage has run yet (data/runs is empty).");
      return;
    }
    List<List<String>> rows = new ArrayList<>();
    rows.add(List.of("STAGE", "LAST RUN", "RESULT", "TIME", "OUT"));
    for (StageReport r : report.lastRuns()) {
      rows.add(
          List.of(
              r.stage(),
              time(r.end()),
              r.succeeded() ? "ok" : "FAILED",
              String.format(Locale.ROOT, "%.1f s", r.durationMillis() / 1000.0),
              counts(r.out())));
    }
    table(rows, 3);
  }

  private static String counts(Map<String, Long> counts) {
    List<String> parts = new ArrayList<>();
    new java.util.TreeMap<>(counts)
        .forEach((k, v) -> parts.add(String.format(Locale.ROOT, "%s %,d", k, v)));
    return String.join(", ", parts);
  }

  /** Prints aligned columns; the listed ones are right-aligned, the last is never padded. */
  private void table(List<List<String>> rows, int... rightAligned) {
    int columns = rows.get(0).size();
    int[] width = new int[columns];
    for (List<String> row : rows) {
      for (int c = 0; c < columns; c++) {
        width[c] = Math.max(width[c], row.get(c).length());
      }
    }
    for (List<String> row : rows) {
      StringBuilder line = new StringBuilder();
      for (int c = 0; c < columns; c++) {
        String cell = row.get(c);
        int column = c;
        boolean right = java.util.Arrays.stream(rightAligned).anyMatch(i -> i == column);
        if (c == columns - 1) {
          line.append(cell);
        } else {
          String pad = " ".repeat(width[c] - cell.length());
          line.append(right ? pad + cell : cell + pad).append("  ");
        }
      }
      out().println(line.toString().stripTrailing());
    }
  }

  /** To the second: checkpoints store nanoseconds, which only make the table wider. */
  private static String checkpointTime(String iso) {
    try {
      return time(Instant.parse(iso));
    } catch (RuntimeException e) {
      return dash(iso);
    }
  }

  private static String dash(String s) {
    return s == null || s.isEmpty() ? "-" : s;
  }

  private static String time(Instant t) {
    return t == null ? "-" : t.truncatedTo(ChronoUnit.SECONDS).toString();
  }

  private void printJson(StatusReport report) {
    ObjectMapper mapper =
        new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(SerializationFeature.INDENT_OUTPUT);
    try {
      out().println(mapper.writeValueAsString(report));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    out().flush();
  }
}
