package org.ossatlas.importer;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.ossatlas.common.AtlasException;
import org.ossatlas.common.AtomicFiles;
import org.ossatlas.graph.sheets.Sheet;

/**
 * One curated sheet as plain rows (column → trimmed value), keeping whatever extra columns a
 * curator added, so that an import rewrites the file without losing them. Checking the values is
 * the validator's job; this class only reads and writes CSV.
 */
final class SheetData {
  private static final CSVFormat WRITE = CSVFormat.DEFAULT.builder().setRecordSeparator("\n").get();

  private final Sheet sheet;
  private final List<String> header;
  private final List<Map<String, String>> rows;

  SheetData(Sheet sheet, List<String> header, List<Map<String, String>> rows) {
    this.sheet = sheet;
    this.header = new ArrayList<>(header);
    this.rows = new ArrayList<>(rows);
  }

  /** An empty sheet with the documented columns. */
  static SheetData empty(Sheet sheet) {
    return new SheetData(sheet, sheet.columns(), List.of());
  }

  /** The sheet in {@code dir}, or an empty one when the file does not exist. */
  static SheetData read(Path dir, Sheet sheet) {
    Path file = dir.resolve(sheet.file());
    if (!Files.isRegularFile(file)) {
      return empty(sheet);
    }
    try {
      return parse(sheet, Files.readString(file, StandardCharsets.UTF_8), file.toString());
    } catch (java.nio.charset.MalformedInputException e) {
      throw AtlasException.invalidData(file + ": not UTF-8 text; export the sheet as UTF-8 CSV");
    } catch (IOException e) {
      throw new UncheckedIOException("could not read " + file, e);
    }
  }

  /** Parses CSV text with a header row; {@code where} names it in error messages. */
  static SheetData parse(Sheet sheet, String text, String where) {
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    CSVFormat format =
        CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true).get();
    try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
      List<String> header = new ArrayList<>();
      parser.getHeaderNames().forEach(h -> header.add(h.strip()));
      List<Map<String, String>> rows = new ArrayList<>();
      for (CSVRecord record : parser) {
        Map<String, String> row = new LinkedHashMap<>();
        boolean blank = true;
        for (int i = 0; i < header.size(); i++) {
          String value = i < record.size() ? record.get(i).strip() : "";
          row.put(header.get(i), value);
          blank &= value.isEmpty();
        }
        if (!blank) {
          rows.add(row);
        }
      }
      for (String column : sheet.columns()) {
        if (!header.contains(column)) {
          header.add(column);
        }
      }
      return new SheetData(sheet, header, rows);
    } catch (IOException | IllegalArgumentException | IllegalStateException e) {
      throw AtlasException.invalidData(
          where + ": not a readable CSV sheet (" + e.getMessage() + "); fix or remove the file");
    }
  }

  Sheet sheet() {
    return sheet;
  }

  List<String> header() {
    return List.copyOf(header);
  }

  /** The rows themselves (mutable: the merge edits them in place). */
  List<Map<String, String>> rows() {
    return rows;
  }

  void add(Map<String, String> row) {
    Map<String, String> copy = new LinkedHashMap<>();
    for (String column : header) {
      copy.put(column, row.getOrDefault(column, ""));
    }
    rows.add(copy);
  }

  /** The CSV text: header, then rows, LF line ends, quotes only where needed. */
  String toCsv() {
    StringBuilder out = new StringBuilder();
    try (CSVPrinter printer = new CSVPrinter(out, WRITE)) {
      printer.printRecord(header);
      for (Map<String, String> row : rows) {
        List<String> values = new ArrayList<>();
        header.forEach(h -> values.add(row.getOrDefault(h, "")));
        printer.printRecord(values);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  void write(Path dir) {
    AtomicFiles.write(
        dir.resolve(sheet.file()),
        out -> {
          Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
          writer.write(toCsv());
          writer.flush();
        });
  }
}
