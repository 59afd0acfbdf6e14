package org.ossatlas.graph.sheets;

/** Where a row came from: the sheet's file name and the physical line its record starts on. */
public record Origin(String file, long line) {

  /** The file as a whole (a missing file, say). */
  static Origin file(String file) {
    return new Origin(file, 0);
  }

  @Override
  public String toString() {
    return file + ":" + line;
  }
}
