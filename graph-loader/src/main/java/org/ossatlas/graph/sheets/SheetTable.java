package org.ossatlas.graph.sheets;

import java.util.List;
import java.util.Set;

/**
 * One sheet as read from disk: which known columns its header has and its non-blank rows.
 *
 * @param present false when the file is missing or unreadable (already reported)
 */
record SheetTable(Sheet sheet, boolean present, Set<String> columns, List<SheetRow> rows) {

  static SheetTable absent(Sheet sheet) {
    return new SheetTable(sheet, false, Set.of(), List.of());
  }

  boolean hasColumn(String column) {
    return columns.contains(column);
  }

  List<SheetRow> wellFormedRows() {
    return rows.stream().filter(SheetRow::wellFormed).toList();
  }

  /**
   * Whether references into this sheet can be checked: without the file or its id column every
   * reference would be reported as unknown, burying the one real problem.
   */
  boolean canResolve(String idColumn) {
    return present && hasColumn(idColumn);
  }
}
