package org.ossatlas.importer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.ossatlas.common.AtlasException;
import org.ossatlas.graph.sheets.ValidationResult;

/**
 * {@code ossatlas import}: reads an upstream list, merges it into a sheets folder (see {@link
 * SheetMerge}) and replaces the folder only when the result validates. The rows of each import are
 * kept in {@code DIR/.import/FORMAT/}, so that the next import can tell an upstream change from a
 * curator's edit.
 */
public final class SheetImport {
  /** The upstream formats. */
  public enum Format {
    LANDSCAPE("landscape"),
    BEST_OF("best-of");

    private final String folder;

    Format(String folder) {
      this.folder = folder;
    }

    public String folder() {
      return folder;
    }
  }

  /** The steward of a landscape's projects ({@code --foundation}), or null. */
  public record Foundation(String name, String url) {}

  /**
   * @param written whether the sheets folder was replaced (false when the merged sheets did not
   *     validate; nothing was changed then)
   */
  public record Result(ImportSummary summary, ValidationResult validation, boolean written) {}

  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  private SheetImport() {}

  public static Result run(Format format, Path file, Path sheetsDir, Foundation foundation) {
    JsonNode root = parse(file);
    Upstream upstream =
        switch (format) {
          case LANDSCAPE ->
              new LandscapeReader(
                      foundation == null
                          ? null
                          : new LandscapeReader.Foundation(foundation.name(), foundation.url()))
                  .read(root, file.toString());
          case BEST_OF -> new BestOfReader().read(root, file.toString());
        };
    Path previousDir = sheetsDir.resolve(".import").resolve(format.folder());
    SheetSet sheets = SheetSet.read(sheetsDir);
    SheetSet previous = SheetSet.read(previousDir);
    SheetSet rows = UpstreamRows.build(upstream, sheets, previous);
    ImportSummary summary = SheetMerge.merge(sheets, previous, rows);
    upstream.notes().forEach(summary::note);
    upstream.skipped().forEach(s -> summary.skipped(s.item(), s.reason()));
    upstream
        .emptyCategories()
        .forEach(c -> summary.skipped("category " + c, "no project with a repository in it"));
    try (StagedSheets staged = StagedSheets.of(sheetsDir)) {
      sheets.write(staged.dir());
      rows.write(staged.dir().resolve(".import").resolve(format.folder()));
      ValidationResult validation = staged.validate();
      if (validation.hasErrors()) {
        return new Result(summary, validation, false);
      }
      staged.commit();
      return new Result(summary, validation, true);
    }
  }

  private static JsonNode parse(Path file) {
    if (!Files.isRegularFile(file)) {
      throw AtlasException.usage(file + ": no such file");
    }
    try {
      JsonNode root = YAML.readTree(file.toFile());
      if (root == null || !root.isObject()) {
        throw new ImportException(file + ": empty, or not a YAML mapping at the top");
      }
      return root;
    } catch (JsonProcessingException e) {
      var at = e.getLocation();
      String where = at == null ? "" : ":" + at.getLineNr() + ":" + at.getColumnNr();
      throw new ImportException(
          file
              + where
              + ": not valid YAML: "
              + e.getOriginalMessage()
              + "; fix the file and retry");
    } catch (IOException e) {
      throw new UncheckedIOException("could not read " + file, e);
    }
  }
}
