package org.ossatlas.importer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ossatlas.graph.sheets.Sheet;

/**
 * Merges imported rows into the curators' sheets without losing their work. Rows are matched by key
 * (the id, or the referencing columns for the link sheets). For each imported row:
 *
 * <ul>
 *   <li>not in the sheets and never imported before: added;
 *   <li>imported before but no longer in the sheets: a curator removed it; left out, and said so;
 *   <li>in the sheets: each value the upstream list changed since the previous import is updated
 *       when the sheet still holds the previously imported value, and otherwise (a curated edit)
 *       kept and reported beside the upstream value.
 * </ul>
 *
 * Rows of the previous import that upstream no longer has are listed, never deleted.
 */
final class SheetMerge {
  /** The columns that identify a row of each sheet. */
  static List<String> keyColumns(Sheet sheet) {
    return switch (sheet) {
      case CATEGORIES, PROJECTS, BACKERS -> List.of("id");
      case PROJECT_BACKERS -> List.of("project", "backer");
      case LINKS -> List.of("project", "url");
      case RELATIONS -> List.of("from", "to", "kind");
    };
  }

  private SheetMerge() {}

  /** Merges {@code upstream} into {@code sheets} in place; returns what happened. */
  static ImportSummary merge(SheetSet sheets, SheetSet previous, SheetSet upstream) {
    ImportSummary summary = new ImportSummary();
    for (Sheet sheet : Sheet.values()) {
      merge(sheet, sheets.get(sheet), previous.get(sheet), upstream.get(sheet), summary);
    }
    return summary;
  }

  private static void merge(
      Sheet sheet,
      SheetData target,
      SheetData previous,
      SheetData upstream,
      ImportSummary summary) {
    List<String> keys = keyColumns(sheet);
    Map<List<String>, Map<String, String>> current = index(target.rows(), keys);
    Map<List<String>, Map<String, String>> before = index(previous.rows(), keys);
    Map<List<String>, Map<String, String>> now = index(upstream.rows(), keys);
    for (Map<String, String> row : upstream.rows()) {
      List<String> key = key(row, keys);
      Map<String, String> mine = current.get(key);
      Map<String, String> old = before.get(key);
      if (mine == null && old == null) {
        target.add(row);
        current.put(key, row);
        summary.added(sheet, label(row, keys));
      } else if (mine == null) {
        summary.keptRemoved(sheet, label(row, keys));
      } else {
        for (String column : upstream.header()) {
          String theirs = row.getOrDefault(column, "");
          String was = old == null ? null : old.getOrDefault(column, "");
          String ours = mine.getOrDefault(column, "");
          if (theirs.equals(ours) || theirs.equals(was)) {
            continue; // the same, or upstream did not change it (any difference is a curated edit)
          }
          if (was != null && was.equals(ours)) {
            mine.put(column, theirs);
            summary.updated(sheet, label(row, keys), column, was, theirs);
          } else {
            summary.conflict(sheet, label(row, keys), column, ours, theirs);
          }
        }
      }
    }
    for (Map<String, String> row : previous.rows()) {
      List<String> key = key(row, keys);
      if (!now.containsKey(key) && current.containsKey(key)) {
        summary.removedUpstream(sheet, label(row, keys));
      }
    }
  }

  private static Map<List<String>, Map<String, String>> index(
      List<Map<String, String>> rows, List<String> keys) {
    Map<List<String>, Map<String, String>> index = new HashMap<>();
    for (Map<String, String> row : rows) {
      index.putIfAbsent(key(row, keys), row);
    }
    return index;
  }

  private static List<String> key(Map<String, String> row, List<String> keys) {
    List<String> key = new ArrayList<>();
    keys.forEach(k -> key.add(row.getOrDefault(k, "")));
    return key;
  }

  private static String label(Map<String, String> row, List<String> keys) {
    String key = String.join(" ", key(row, keys));
    String name = row.get("name");
    return name == null || name.isEmpty() ? key : key + " (" + name + ")";
  }
}
