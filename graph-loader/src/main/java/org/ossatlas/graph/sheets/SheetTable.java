package org.ossatlas.graph.sheets;

import java.util.List;
import java.util.Set;

/**
 * One sheet as read from disk: which known columns its header has and its non-blank rows.
 *
 * @param present false when the file is missing or unreadable (already reported)
 * @param complete false when reading stopped at a structural error (already reported): rows after
 *     it are unknown
 */
record SheetTable(
    Sheet sheet, boolean present, boolean complete, Set<String> columns, List<SheetRow> rows) {

  static SheetTable absent(Sheet sheet) {
    return new SheetTable(sheet, false, false, Set.of(), List.of());
  }

  boolean hasColumn(String column) {
    return columns.contains(column);
  }

  List<SheetRow> wellFormedRows() {
    return rows.stream().filter(SheetRow::wellFormed).toList();
  }

  /**
   * Whether references into this sheet can be checked: without the file, all of its rows or its id
   * column every reference would be reported as unknown, burying the one real problem.
   */
  boolean canResolve(String idColumn) {
    return present && complete && hasColumn(idColumn);
  }
}
