package org.ossatlas.site.check;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.ossatlas.common.AtlasException;
import org.ossatlas.common.ExitCode;

/**
 * {@code site-out/.checked}: written only after a build passed its checks, with the digest of what
 * was checked. Deploy refuses a site without it, or one changed since.
 */
public final class CheckMarker {
  public static final String FILE = ".checked";

  private CheckMarker() {}

  /** Writes the marker for the checked site in {@code dir}. */
  public static void write(Path dir, long pages, String asOf) {
    String text =
        "OSS Atlas site, links and assets checked\n"
            + "pages: "
            + pages
            + "\n"
            + "data-as-of: "
            + (asOf == null ? "none" : asOf)
            + "\n"
            + "digest: "
            + SiteDigest.of(dir)
            + "\n";
    try {
      Files.writeString(dir.resolve(FILE), text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("could not write " + dir.resolve(FILE), e);
    }
  }

  /**
   * The data date the marker records ({@code YYYY-MM}, or null); throws (exit 65, the site is
   * invalid input for a deploy) when the site in {@code dir} was never checked or changed since.
   */
  public static String verify(Path dir) {
    Path marker = dir.resolve(FILE);
    if (!Files.isRegularFile(marker)) {
      throw new AtlasException(
          ExitCode.DATA_ERR,
          dir
              + " has no "
              + FILE
              + " marker: the site was not rendered, or its checks failed; run `ossatlas render`"
              + " first");
    }
    String digest = null;
    String asOf = null;
    try {
      for (String line : Files.readAllLines(marker, StandardCharsets.UTF_8)) {
        if (line.startsWith("digest: ")) {
          digest = line.substring("digest: ".length()).strip();
        } else if (line.startsWith("data-as-of: ")) {
          asOf = line.substring("data-as-of: ".length()).strip();
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("could not read " + marker, e);
    }
    if (digest == null || !digest.equals(SiteDigest.of(dir))) {
      throw new AtlasException(
          ExitCode.DATA_ERR,
          dir + " changed after it was checked; run `ossatlas render` again before deploying");
    }
    return "none".equals(asOf) ? null : asOf;
  }
}
