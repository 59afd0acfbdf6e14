package org.ossatlas.importer;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import org.ossatlas.graph.sheets.Sheet;

/** The six curated sheets of one folder, as plain rows. */
final class SheetSet {
  private final Map<Sheet, SheetData> sheets = new EnumMap<>(Sheet.class);

  private SheetSet() {}

  static SheetSet empty() {
    SheetSet set = new SheetSet();
    for (Sheet sheet : Sheet.values()) {
      set.sheets.put(sheet, SheetData.empty(sheet));
    }
    return set;
  }

  /** The sheets in {@code dir}; a missing file (or folder) reads as an empty sheet. */
  static SheetSet read(Path dir) {
    SheetSet set = new SheetSet();
    for (Sheet sheet : Sheet.values()) {
      set.sheets.put(sheet, SheetData.read(dir, sheet));
    }
    return set;
  }

  SheetData get(Sheet sheet) {
    return sheets.get(sheet);
  }

  void put(SheetData data) {
    sheets.put(data.sheet(), data);
  }

  void write(Path dir) {
    sheets.values().forEach(s -> s.write(dir));
  }
}
