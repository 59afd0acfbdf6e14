package org.ossatlas.site.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LinkCheckerTest {
  @TempDir Path site;

  private LinkChecker checker() {
    return new LinkChecker(site, "https://example.org/atlas/", "/atlas/");
  }

  private void write(String path, String content) throws IOException {
    Path file = site.resolve(path);
    Files.createDirectories(file.getParent());
    Files.writeString(file, content);
  }

  @Test
  void everyKindOfLinkThatResolvesPasses() throws IOException {
    write("style.css", "");
    write("projects/duckdb/index.html", "<h1>DuckDB</h1>");
    write(
        "index.html",
        "<!doctype html><link rel=\"stylesheet\" href=\"style.css\">"
            + "<a href='projects/duckdb/'>single quotes</a>"
            + "<a class=\"x\" href=\"/atlas/projects/duckdb/index.html#top\">absolute path</a>"
            + "<a href=\"https://example.org/atlas/style.css?v=1&amp;w=2\">base URL, entity</a>"
            + "<a href=\"https://duckdb.org\">elsewhere</a><a href=\"mailto:a@example.org\">m</a>"
            + "<p>Text that says href=&quot;nowhere.html&quot; is not a link.</p>"
            + "<!-- <a href=\"commented-out.html\"> -->");

    assertThat(checker().check()).isEmpty();
  }

  @Test
  void brokenAndUnsafeLinksAreReportedWithTheirPage() throws IOException {
    write(
        "about/index.html",
        "<a href=\"../missing/\">gone</a><img src=\"../logo.svg\" alt=\"\">"
            + "<a HREF=\"javascript:alert(1)\">bad</a><a href=\"/elsewhere/\">outside</a>");

    assertThat(checker().check())
        .containsExactly(
            "about/index.html: ../missing/: no such file missing/index.html",
            "about/index.html: ../logo.svg: no such file logo.svg",
            "about/index.html: javascript:alert(1): scheme javascript: is not allowed",
            "about/index.html: /elsewhere/: outside the site's base path /atlas/");
  }
}
