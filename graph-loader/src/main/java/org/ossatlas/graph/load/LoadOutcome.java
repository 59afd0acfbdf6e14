package org.ossatlas.graph.load;

import org.ossatlas.graph.sheets.ValidationResult;

/**
 * The result of {@link GraphLoader#validateAndLoad}: what validation found and, when it found no
 * errors, what the load changed.
 *
 * @param load null when validation found errors and the graph was not touched
 */
public record LoadOutcome(ValidationResult validation, LoadSummary load) {

  public boolean loaded() {
    return load != null;
  }
}
