package org.ossatlas.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ossatlas.common.Workspace;

/**
 * Whole pages compared with reviewed copies in {@code src/test/resources/golden/}. After an
 * intended change, regenerate them with {@code mvn -pl site-generator -am verify
 * -Dgolden.update=true} and review the diff. Asset hashes are masked, so a stylesheet edit alone
 * does not touch the golden files.
 */
class GoldenPagesTest {
  static final Path GOLDEN = Path.of("src/test/resources/golden");
  static final Pattern HASHED = Pattern.compile("(assets/[a-z-]+)\\.[0-9a-f]{10}\\.");

  @TempDir Path dir;

  @Test
  void pagesMatchTheirGoldenCopies() throws IOException {
    Workspace ws = SiteFixture.workspace(dir);
    SiteBuilder.build(SiteFixture.analysed(ws), ws, SiteOptions.defaults());
    compare(ws, "projects/dagster/index.html", "project-dagster.html");
    compare(ws, "backers/apache/index.html", "backer-apache.html");
    compare(ws, "404.html", "404.html");
    compare(ws, "feed.xml", "feed.xml");
  }

  @Test
  void projectPageWithoutMetricsMatchesItsGoldenCopy() throws IOException {
    Workspace ws = SiteFixture.workspace(dir);
    SiteBuilder.build(SiteFixture.curated(), ws, SiteOptions.defaults());
    compare(ws, "projects/luigi/index.html", "project-luigi-no-metrics.html");
  }

  private static void compare(Workspace ws, String file, String golden) throws IOException {
    String actual = mask(Files.readString(ws.out().resolve(file), StandardCharsets.UTF_8));
    Path expected = GOLDEN.resolve(golden);
    if (Boolean.getBoolean("golden.update")) {
      Files.createDirectories(GOLDEN);
      Files.writeString(expected, actual, StandardCharsets.UTF_8);
    }
    assertThat(expected).as("golden file %s; create it with -Dgolden.update=true", golden).exists();
    assertThat(actual).as(file).isEqualTo(Files.readString(expected, StandardCharsets.UTF_8));
  }

  static String mask(String html) {
    Matcher m = HASHED.matcher(html);
    return m.replaceAll("$1.HASH.");
  }
}
