package org.ossatlas.importer;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ossatlas.common.AtlasException;
import org.ossatlas.common.ExitCode;
import org.ossatlas.graph.sheets.Sheet;
import org.ossatlas.graph.sheets.ValidationResult;

/**
 * {@code ossatlas sheets pull}: downloads each configured tab of the curators' Google Sheet (its
 * "publish to the web" CSV URL), validates the downloaded set together with the sheets not
 * configured, tells what changed per sheet, and swaps the folder in only when it validates. A
 * failed download or an invalid tab leaves the sheets folder exactly as it was.
 */
public final class SheetsPull {
  private static final Duration TIMEOUT = Duration.ofSeconds(60);

  /**
   * @param diff per sheet, the rows added, removed and changed ({@link SheetDiff#lines()})
   * @param written whether the folder was replaced (false when the tabs do not validate)
   */
  public record Result(Map<Sheet, SheetDiff> diff, ValidationResult validation, boolean written) {}

  private final HttpClient http;

  public SheetsPull() {
    this(
        HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NORMAL)
            .connectTimeout(TIMEOUT)
            .build());
  }

  SheetsPull(HttpClient http) {
    this.http = http;
  }

  /**
   * Pulls the tabs in {@code urls} into {@code sheetsDir}.
   *
   * @throws AtlasException exit 2 for a URL that answers 4xx or not with CSV (the configuration is
   *     wrong), exit 75 for a server error or a network failure (try again later)
   */
  public Result pull(Map<Sheet, URI> urls, Path sheetsDir) {
    if (urls.isEmpty()) {
      throw AtlasException.usage(
          "no tab URLs configured: set projects-url, categories-url … (one per tab, each tab's"
              + " File → Share → Publish to web → CSV link) in ossatlas.properties");
    }
    Map<Sheet, String> downloaded = new LinkedHashMap<>();
    urls.forEach((sheet, url) -> downloaded.put(sheet, download(sheet, url)));
    SheetSet before = SheetSet.read(sheetsDir);
    Map<Sheet, SheetDiff> diff = new LinkedHashMap<>();
    try (StagedSheets staged = StagedSheets.of(sheetsDir)) {
      for (Map.Entry<Sheet, String> tab : downloaded.entrySet()) {
        Sheet sheet = tab.getKey();
        String text = tab.getValue();
        org.ossatlas.common.AtomicFiles.writeString(staged.dir().resolve(sheet.file()), text);
        SheetData after = SheetData.parse(sheet, text, urls.get(sheet) + " (" + sheet.file() + ")");
        diff.put(sheet, SheetDiff.of(before.get(sheet), after));
      }
      ValidationResult validation = staged.validate();
      if (validation.hasErrors()) {
        return new Result(diff, validation, false);
      }
      staged.commit();
      return new Result(diff, validation, true);
    }
  }

  /** The tab's CSV, with Google's CRLF line ends made LF (the sheets are kept in git). */
  private String download(Sheet sheet, URI url) {
    String where = sheet.file() + " from " + url;
    HttpResponse<byte[]> response;
    try {
      response =
          http.send(
              HttpRequest.newBuilder(url).timeout(TIMEOUT).GET().build(),
              HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new AtlasException(
          ExitCode.TEMP_FAIL,
          "could not download "
              + where
              + ": "
              + e.getMessage()
              + "; nothing was changed, try again later",
          e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AtlasException(ExitCode.TEMP_FAIL, "interrupted while downloading " + where);
    }
    int status = response.statusCode();
    if (status >= 500 || status == 429) {
      throw new AtlasException(
          ExitCode.TEMP_FAIL,
          "HTTP " + status + " for " + where + "; nothing was changed, try again later");
    }
    if (status != 200) {
      throw AtlasException.usage(
          "HTTP "
              + status
              + " for "
              + where
              + "; nothing was changed. Check the URL: the tab must be published to the web as CSV");
    }
    String text = new String(response.body(), StandardCharsets.UTF_8);
    String type = response.headers().firstValue("Content-Type").orElse("");
    if (type.contains("html") || text.stripLeading().startsWith("<")) {
      throw AtlasException.usage(
          where
              + " answered with a web page, not CSV; nothing was changed. Publish the tab to the"
              + " web as CSV (File → Share → Publish to web) and use that link");
    }
    return text.replace("\r\n", "\n");
  }

  /** What changed in one sheet: rows added, removed, and changed (with the changed columns). */
  public record SheetDiff(List<String> added, List<String> removed, List<String> changed) {
    static SheetDiff of(SheetData before, SheetData after) {
      List<String> keys = SheetMerge.keyColumns(before.sheet());
      Map<List<String>, Map<String, String>> old = index(before, keys);
      Map<List<String>, Map<String, String>> now = index(after, keys);
      List<String> added = new ArrayList<>();
      List<String> removed = new ArrayList<>();
      List<String> changed = new ArrayList<>();
      now.forEach(
          (key, row) -> {
            Map<String, String> was = old.get(key);
            if (was == null) {
              added.add(String.join(" ", key));
              return;
            }
            List<String> columns = new ArrayList<>();
            for (String column : after.header()) {
              if (!row.getOrDefault(column, "").equals(was.getOrDefault(column, ""))) {
                columns.add(column);
              }
            }
            if (!columns.isEmpty()) {
              changed.add(String.join(" ", key) + ": " + String.join(", ", columns));
            }
          });
      old.keySet().stream()
          .filter(k -> !now.containsKey(k))
          .forEach(k -> removed.add(String.join(" ", k)));
      return new SheetDiff(added, removed, changed);
    }

    /** {@code projects.csv: +2 -1 ~1}, then one line per row. */
    public List<String> lines(Sheet sheet) {
      List<String> lines = new ArrayList<>();
      lines.add(
          sheet.file()
              + ": +"
              + added.size()
              + " -"
              + removed.size()
              + " ~"
              + changed.size()
              + (added.isEmpty() && removed.isEmpty() && changed.isEmpty() ? " (unchanged)" : ""));
      added.forEach(a -> lines.add("  + " + a));
      removed.forEach(r -> lines.add("  - " + r));
      changed.forEach(c -> lines.add("  ~ " + c));
      return lines;
    }

    private static Map<List<String>, Map<String, String>> index(SheetData data, List<String> keys) {
      Map<List<String>, Map<String, String>> index = new LinkedHashMap<>();
      for (Map<String, String> row : data.rows()) {
        List<String> key = new ArrayList<>();
        keys.forEach(k -> key.add(row.getOrDefault(k, "")));
        index.putIfAbsent(key, row);
      }
      return index;
    }
  }
}
