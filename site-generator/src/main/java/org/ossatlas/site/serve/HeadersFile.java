package org.ossatlas.site.serve;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads the headers that the first rule of a Cloudflare Pages {@code _headers} file sets. The site
 * writes its rule for every path ({@code BASEPATH*}: the Content-Security-Policy and friends)
 * first, so the preview sends the same policy as the real host.
 */
final class HeadersFile {
  private HeadersFile() {}

  static Map<String, String> forAllPaths(Path file) {
    Map<String, String> headers = new LinkedHashMap<>();
    if (!Files.isRegularFile(file)) {
      return headers;
    }
    try {
      int rules = 0;
      for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
        if (line.isBlank() || line.stripLeading().startsWith("#")) {
          continue;
        }
        if (!Character.isWhitespace(line.charAt(0))) {
          rules++;
          continue;
        }
        int colon = line.indexOf(':');
        if (rules == 1 && colon > 0) {
          headers.put(line.substring(0, colon).strip(), line.substring(colon + 1).strip());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("could not read " + file, e);
    }
    return headers;
  }
}
