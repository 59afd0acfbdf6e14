package org.ossatlas.importer;

import org.ossatlas.common.AtlasException;
import org.ossatlas.common.ExitCode;

/** An upstream file that cannot be imported (exit 65): not YAML, or not the expected format. */
final class ImportException extends AtlasException {
  private static final long serialVersionUID = 1L;

  ImportException(String message) {
    super(ExitCode.DATA_ERR, message);
  }
}
