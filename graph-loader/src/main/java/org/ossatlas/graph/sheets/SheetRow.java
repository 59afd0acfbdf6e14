package org.ossatlas.graph.sheets;

import java.util.Map;

/**
 * A non-blank data row of a sheet: trimmed values by column name, for the known columns the header
 * has.
 *
 * @param wellFormed false when the row has a different number of fields than the header; such a row
 *     is reported once and its values are not checked further (they are likely shifted)
 */
record SheetRow(Origin origin, Map<String, String> values, boolean wellFormed) {

  /** The trimmed value, or "" when the cell is empty or the column is absent. */
  String get(String column) {
    return values.getOrDefault(column, "");
  }
}
