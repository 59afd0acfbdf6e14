package org.ossatlas.importer;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.ossatlas.graph.sheets.Sheet;

/** What an import did to each sheet, and why rows were left out; {@link #lines()} is printed. */
public final class ImportSummary {
  private final Map<Sheet, List<String>> added = new EnumMap<>(Sheet.class);
  private final List<String> updated = new ArrayList<>();
  private final List<String> conflicts = new ArrayList<>();
  private final List<String> removedUpstream = new ArrayList<>();
  private final List<String> keptRemoved = new ArrayList<>();
  private final List<String> skipped = new ArrayList<>();
  private final List<String> notes = new ArrayList<>();

  void added(Sheet sheet, String row) {
    added.computeIfAbsent(sheet, s -> new ArrayList<>()).add(row);
  }

  void updated(Sheet sheet, String row, String column, String was, String now) {
    updated.add(sheet.file() + " " + row + ": " + column + ": `" + was + "` → `" + now + "`");
  }

  void conflict(Sheet sheet, String row, String column, String ours, String theirs) {
    conflicts.add(
        sheet.file()
            + " "
            + row
            + ": "
            + column
            + ": kept `"
            + ours
            + "`, upstream has `"
            + theirs
            + "`");
  }

  void removedUpstream(Sheet sheet, String row) {
    removedUpstream.add(sheet.file() + " " + row);
  }

  void keptRemoved(Sheet sheet, String row) {
    keptRemoved.add(sheet.file() + " " + row);
  }

  void skipped(String item, String reason) {
    skipped.add(item + ": " + reason);
  }

  void note(String note) {
    notes.add(note);
  }

  public int addedCount(Sheet sheet) {
    return added.getOrDefault(sheet, List.of()).size();
  }

  public List<String> added(Sheet sheet) {
    return List.copyOf(added.getOrDefault(sheet, List.of()));
  }

  public List<String> updated() {
    return List.copyOf(updated);
  }

  public List<String> conflicts() {
    return List.copyOf(conflicts);
  }

  public List<String> removedUpstream() {
    return List.copyOf(removedUpstream);
  }

  public List<String> keptRemoved() {
    return List.copyOf(keptRemoved);
  }

  public List<String> skipped() {
    return List.copyOf(skipped);
  }

  /**
   * The report: counts per sheet, then every change, conflict, removal and skip with its reason.
   */
  public List<String> lines() {
    List<String> lines = new ArrayList<>();
    List<String> counts = new ArrayList<>();
    for (Sheet sheet : Sheet.values()) {
      counts.add(sheet.file() + " +" + addedCount(sheet));
    }
    lines.add("added: " + String.join(", ", counts));
    section(lines, "new projects", added(Sheet.PROJECTS));
    section(lines, "new categories", added(Sheet.CATEGORIES));
    section(lines, "updated (upstream changed, the sheet still had the imported value)", updated);
    section(
        lines, "changed upstream, curated value kept (edit the sheet to take theirs)", conflicts);
    section(
        lines,
        "gone upstream, kept in the sheets (delete the rows if they should go)",
        removedUpstream);
    section(lines, "removed from the sheets by a curator, not added again", keptRemoved);
    section(lines, "merged", notes);
    section(lines, "skipped", skipped);
    return lines;
  }

  private static void section(List<String> lines, String title, List<String> items) {
    if (items.isEmpty()) {
      return;
    }
    lines.add(title + " (" + items.size() + "):");
    items.forEach(i -> lines.add("  " + i));
  }
}
