package org.ossatlas.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ossatlas.graph.sheets.Problem;

/**
 * A validation problem as a GitHub Actions workflow command, {@code ::error
 * file=F,line=L,col=C,title=T::message}, which the pull request shows on the line of the CSV file.
 * Escaped as the Actions runner expects: {@code %}, CR and LF in the message; also {@code :} and
 * {@code ,} in property values. {@code col} is the 1-based character where the cell starts, found
 * from the header, and left out for problems about a whole row or file.
 */
final class GitHubAnnotation {
  private final Path sheetsDir;
  private final Map<String, List<String>> lines = new HashMap<>();

  GitHubAnnotation(Path sheetsDir) {
    this.sheetsDir = sheetsDir;
  }

  String format(Problem problem) {
    Path file = sheetsDir.resolve(problem.file());
    StringBuilder s = new StringBuilder("::").append(problem.isError() ? "error" : "warning");
    s.append(" file=").append(property(file.toString().replace('\\', '/')));
    if (problem.line() > 0) {
      s.append(",line=").append(problem.line());
      int col = column(problem);
      if (col > 0) {
        s.append(",col=").append(col);
      }
    }
    s.append(",title=").append(property(problem.file() + ": " + problem.column()));
    String message =
        problem.message() + (problem.hint() == null ? "" : " (" + problem.hint() + ")");
    return s.append("::").append(data(problem.column() + ": " + message)).toString();
  }

  /** The message part: {@code %}, CR and LF escaped. */
  static String data(String text) {
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
  }

  /** A property value: as {@link #data}, and {@code :} and {@code ,} too. */
  static String property(String text) {
    return data(text).replace(":", "%3A").replace(",", "%2C");
  }

  /** Where the problem's cell starts on its line, or 0 when it cannot be told. */
  private int column(Problem problem) {
    if (Problem.WHOLE_ROW.equals(problem.column())) {
      return 0;
    }
    List<String> text = lines(problem.file());
    if (text.isEmpty() || problem.line() > text.size()) {
      return 0;
    }
    List<Integer> headerStarts = new ArrayList<>();
    List<String> header = cells(text.get(0).replace("\uFEFF", ""), headerStarts);
    int index = -1;
    for (int i = 0; i < header.size(); i++) {
      if (header.get(i).strip().equals(problem.column())) {
        index = i;
      }
    }
    if (index < 0) {
      return 0;
    }
    if (problem.line() == 1) {
      return headerStarts.get(index) + 1;
    }
    List<Integer> starts = new ArrayList<>();
    cells(text.get((int) problem.line() - 1), starts);
    return index < starts.size() ? starts.get(index) + 1 : 0;
  }

  private List<String> lines(String file) {
    return lines.computeIfAbsent(
        file,
        f -> {
          try {
            return Files.readAllLines(sheetsDir.resolve(f), StandardCharsets.UTF_8);
          } catch (IOException | RuntimeException e) {
            return List.of(); // no col then; the annotation still names the line
          }
        });
  }

  /** The cells of one CSV line and the offsets where they start (quotes respected). */
  private static List<String> cells(String line, List<Integer> starts) {
    List<String> cells = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    starts.add(0);
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '"') {
        quoted = !quoted;
      } else if (c == ',' && !quoted) {
        cells.add(cell.toString());
        cell.setLength(0);
        starts.add(i + 1);
      } else {
        cell.append(c);
      }
    }
    cells.add(cell.toString());
    return cells;
  }
}
