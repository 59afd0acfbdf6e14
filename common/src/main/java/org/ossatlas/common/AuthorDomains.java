package org.ossatlas.common;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * {@code data/author-domains.csv.gz}: the e-mail domain (after mailmap, lower-cased) of each author
 * key of the commit table, written by compaction before anything leaves {@code data/raw/}, read by
 * the analytics to count organizations. It holds domains only, never an address; both columns are
 * plain tokens (keys are hex, domains have no comma), so the file is one {@code key,domain} pair a
 * line, sorted by key, gzip without a time or a name in its header.
 */
public final class AuthorDomains {
  public static final String FILE_NAME = "author-domains.csv.gz";
  public static final String HEADER = "author_key,domain";

  private AuthorDomains() {}

  /**
   * The lower-cased domain of an e-mail address, or null when it has none that could name an
   * organization (no {@code @}, an empty or dot-less host, a character that has no place in one).
   */
  public static String domainOf(String email) {
    if (email == null) {
      return null;
    }
    String address = email.strip().toLowerCase(Locale.ROOT);
    int at = address.lastIndexOf('@');
    if (at < 0) {
      return null;
    }
    String domain = address.substring(at + 1);
    while (domain.endsWith(".")) {
      domain = domain.substring(0, domain.length() - 1);
    }
    if (domain.indexOf('.') <= 0 || !domain.matches("[a-z0-9.-]+")) {
      return null;
    }
    return domain;
  }

  /** Writes the pairs atomically, sorted by key; the same pairs give the same bytes. */
  public static void write(Path file, SortedMap<String, String> domainByKey) {
    AtomicFiles.write(
        file,
        out -> {
          try (GZIPOutputStream gzip = new GZIPOutputStream(out, 1 << 16)) {
            StringBuilder text = new StringBuilder(HEADER).append('\n');
            for (Map.Entry<String, String> e : domainByKey.entrySet()) {
              text.append(e.getKey()).append(',').append(e.getValue()).append('\n');
              if (text.length() > 1 << 16) {
                gzip.write(text.toString().getBytes(StandardCharsets.UTF_8));
                text.setLength(0);
              }
            }
            gzip.write(text.toString().getBytes(StandardCharsets.UTF_8));
          }
        });
  }

  /** The domain by author key; empty when the file does not exist (compacted by an older run). */
  public static Map<String, String> read(Path file) {
    if (Files.notExists(file)) {
      return Map.of();
    }
    Map<String, String> domains = new HashMap<>();
    try (BufferedReader in =
        new BufferedReader(
            new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(file), 1 << 16),
                StandardCharsets.UTF_8))) {
      String header = in.readLine();
      if (!HEADER.equals(header)) {
        throw AtlasException.invalidData(
            file + ":1: expected the header '" + HEADER + "'; run `ossatlas compact` again");
      }
      String line;
      int number = 1;
      while ((line = in.readLine()) != null) {
        number++;
        int comma = line.indexOf(',');
        if (comma <= 0 || comma == line.length() - 1) {
          throw AtlasException.invalidData(
              file + ":" + number + ": expected author_key,domain; run `ossatlas compact` again");
        }
        domains.put(line.substring(0, comma), line.substring(comma + 1));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("could not read " + file, e);
    }
    return Collections.unmodifiableMap(domains);
  }
}
