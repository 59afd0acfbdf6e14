package org.ossatlas.graph.sheets;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import org.ossatlas.common.AtlasException;

/**
 * Reads and checks the six curated sheets in one pass and reports every problem of every file, so
 * that a curator fixes them all at once. Warnings (byte-order mark, stray spaces, blank rows,
 * unknown columns) are cleaned up in the returned sheets; errors make them unfit to load.
 */
public final class SheetsValidator {
  private SheetsValidator() {}

  /**
   * Validates the sheets in {@code sheetsDir}.
   *
   * @throws AtlasException (exit 65) when the folder itself does not exist
   */
  public static ValidationResult validate(Path sheetsDir) {
    if (!Files.isDirectory(sheetsDir)) {
      throw AtlasException.invalidData(
          "there is no sheets folder at " + sheetsDir + "; point --sheets at the CSV exports");
    }
    ProblemLog log = new ProblemLog();
    SheetReader reader = new SheetReader(log);
    Map<Sheet, SheetTable> tables = new EnumMap<>(Sheet.class);
    for (Sheet sheet : Sheet.values()) {
      tables.put(sheet, reader.read(sheetsDir, sheet));
    }
    CuratedSheets sheets = new SheetRecords(tables, log).build();
    new CrossChecks(sheets, tables, log).run();
    return new ValidationResult(log.sorted(), sheets, Sheet.values().length);
  }
}
