package org.ossatlas.graph.sheets;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads one sheet file and repairs what a hand export gets wrong in its shape: a byte-order mark,
 * spaces around values and headers, blank rows (all reported as warnings). Reports what cannot be
 * repaired: a missing file, missing or duplicate columns, rows with the wrong number of fields,
 * broken quoting, bytes that are not UTF-8.
 */
final class SheetReader {
  /** RFC 4180 as Google Sheets writes it; blank lines kept so that they can be reported. */
  private static final CSVFormat FORMAT =
      CSVFormat.RFC4180.builder().setIgnoreEmptyLines(false).get();

  private static final String COMMA_HINT =
      "a value with a comma or a line break must be in double quotes";

  private final ProblemLog log;

  SheetReader(ProblemLog log) {
    this.log = log;
  }

  SheetTable read(Path dir, Sheet sheet) {
    String file = sheet.file();
    Path path = dir.resolve(file);
    if (!Files.isRegularFile(path)) {
      log.error(
          Origin.file(file),
          Problem.WHOLE_ROW,
          "missing file",
          "export the sheet's tab as " + file + " into " + dir);
      return SheetTable.absent(sheet);
    }
    String text = decode(file, readBytes(path));
    boolean bom = text.startsWith("\uFEFF");
    if (bom) {
      text = text.substring(1);
    }
    List<Raw> records = new ArrayList<>();
    boolean parsedAll = parse(file, text, records);
    if (records.stream().allMatch(Raw::isBlank)) {
      log.error(
          Origin.file(file),
          Problem.WHOLE_ROW,
          "the file is empty",
          "the first line must be the header " + String.join(",", sheet.columns()));
      return SheetTable.absent(sheet);
    }
    int headerIndex = 0;
    while (records.get(headerIndex).isBlank()) {
      log.warning(
          new Origin(file, records.get(headerIndex).line()),
          Problem.WHOLE_ROW,
          "blank row, ignored",
          null);
      headerIndex++;
    }
    Raw header = records.get(headerIndex);
    Origin headerAt = new Origin(file, header.line());
    Map<String, Integer> columns = readHeader(sheet, headerAt, header.values());
    if (bom) {
      String first = header.values().isEmpty() ? Problem.WHOLE_ROW : header.values().get(0).strip();
      log.warning(
          headerAt,
          first,
          "byte-order mark at the start of the file, removed",
          "save the file as UTF-8 without BOM");
    }
    List<SheetRow> rows =
        readRows(file, records.subList(headerIndex + 1, records.size()), header, columns);
    boolean complete = parsedAll && rows.stream().allMatch(SheetRow::wellFormed);
    return new SheetTable(sheet, true, complete, Set.copyOf(columns.keySet()), rows);
  }

  /** Checks the header and returns the known columns with their field index. */
  private Map<String, Integer> readHeader(Sheet sheet, Origin at, List<String> header) {
    Map<String, Integer> known = new LinkedHashMap<>();
    List<String> unknown = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < header.size(); i++) {
      String raw = header.get(i);
      String name = raw.strip();
      if (!name.equals(raw)) {
        log.warning(at, name, "spaces around the column name, trimmed", null);
      }
      if (name.isEmpty()) {
        continue;
      }
      if (!seen.add(name)) {
        log.error(at, name, "column appears twice", "keep one of the columns named `" + name + "`");
      } else if (sheet.knows(name)) {
        known.put(name, i);
      } else {
        unknown.add(name);
      }
    }
    List<String> explained = new ArrayList<>();
    for (String expected : sheet.columns()) {
      if (known.containsKey(expected)) {
        continue;
      }
      String closest = Suggestions.closest(expected, unknown);
      if (closest != null) {
        explained.add(closest);
        log.error(
            at,
            expected,
            "missing column `" + expected + "`; the closest header found is `" + closest + "`",
            "rename `" + closest + "` to `" + expected + "`");
      } else {
        log.error(
            at,
            expected,
            "missing column `" + expected + "`",
            "the header must be " + String.join(",", sheet.columns()));
      }
    }
    for (String name : unknown) {
      if (!explained.contains(name)) {
        log.warning(
            at,
            name,
            "unknown column `" + name + "`, ignored",
            "expected columns: " + String.join(",", sheet.columns()));
      }
    }
    return known;
  }

  private List<SheetRow> readRows(
      String file, List<Raw> records, Raw header, Map<String, Integer> columns) {
    int last = records.size() - 1;
    while (last >= 0 && records.get(last).isBlank()) {
      last--; // empty trailing rows are what spreadsheet exports add; no need to mention them
    }
    List<SheetRow> rows = new ArrayList<>();
    for (Raw record : records.subList(0, last + 1)) {
      Origin at = new Origin(file, record.line());
      if (record.isBlank()) {
        log.warning(at, Problem.WHOLE_ROW, "blank row, ignored", null);
        continue;
      }
      if (record.values().size() != header.values().size()) {
        // A structural error (a stray comma, an unclosed quote that swallowed lines) shifts every
        // later row: report it alone, not hundreds of follow-on errors after it.
        log.error(
            at,
            Problem.WHOLE_ROW,
            "the row has "
                + record.values().size()
                + " fields, the header has "
                + header.values().size()
                + "; the rest of the file is not read",
            COMMA_HINT);
        rows.add(new SheetRow(at, cells(at, record, columns, false), false));
        break;
      }
      rows.add(new SheetRow(at, cells(at, record, columns, true), true));
    }
    return rows;
  }

  private Map<String, String> cells(
      Origin at, Raw record, Map<String, Integer> columns, boolean wellFormed) {
    Map<String, String> values = new LinkedHashMap<>();
    for (Map.Entry<String, Integer> column : columns.entrySet()) {
      int index = column.getValue();
      if (index >= record.values().size()) {
        continue;
      }
      String raw = record.values().get(index);
      String value = raw.strip();
      if (wellFormed && !value.equals(raw)) {
        log.warning(at, column.getKey(), "spaces around the value, trimmed", null);
      }
      values.put(column.getKey(), CellRules.check(at, column.getKey(), value, log));
    }
    return values;
  }

  /** Parses into {@code records}; false when broken quoting stopped it (reported). */
  private boolean parse(String file, String text, List<Raw> records) {
    LineIndex lines = new LineIndex(text);
    try (CSVParser parser = CSVParser.parse(text, FORMAT)) {
      Iterator<CSVRecord> it = parser.iterator();
      while (true) {
        long next = parser.getCurrentLineNumber() + 1;
        try {
          if (!it.hasNext()) {
            break;
          }
          CSVRecord record = it.next();
          records.add(new Raw(lines.lineOf(record.getCharacterPosition()), record.toList()));
        } catch (UncheckedIOException | IllegalStateException e) {
          log.error(
              new Origin(file, next),
              Problem.WHOLE_ROW,
              "broken quoting, the rest of the file is not read: " + rootMessage(e),
              "a quoted value must end with a double quote followed by a comma or a line break;"
                  + " write a quote inside a quoted value as \"\"");
          return false;
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return true;
  }

  /** Decodes UTF-8, reporting the first line with bytes that are not UTF-8 (a Latin-1 export). */
  private String decode(String file, byte[] bytes) {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CoderResult result = decoder.decode(in, CharBuffer.allocate(bytes.length), true);
    if (result.isError()) {
      long line = 1;
      for (int i = 0; i < in.position(); i++) {
        if (bytes[i] == '\n') {
          line++;
        }
      }
      log.error(
          new Origin(file, line),
          Problem.WHOLE_ROW,
          "text that is not UTF-8 (shown as \uFFFD)",
          "export the sheet as UTF-8 CSV");
    }
    return new String(bytes, StandardCharsets.UTF_8);
  }

  private static byte[] readBytes(Path path) {
    try {
      return Files.readAllBytes(path);
    } catch (IOException e) {
      throw new UncheckedIOException("could not read " + path, e);
    }
  }

  private static String rootMessage(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null) {
      t = t.getCause();
    }
    return String.valueOf(t.getMessage());
  }

  /** A parsed record before the header is applied. */
  private record Raw(long line, List<String> values) {
    boolean isBlank() {
      return values.stream().allMatch(String::isBlank);
    }
  }
}
