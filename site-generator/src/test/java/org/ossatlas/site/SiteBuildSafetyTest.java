package org.ossatlas.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ossatlas.common.AtlasException;
import org.ossatlas.common.Workspace;
import org.ossatlas.graph.GraphConnection;
import org.ossatlas.site.check.CheckMarker;
import org.ossatlas.site.check.LinkChecker;

/** Same inputs give the same bytes; a failed build leaves the published site as it was. */
class SiteBuildSafetyTest {
  @TempDir Path dir;

  @Test
  void twoBuildsGiveIdenticalBytes() throws IOException {
    Workspace first = SiteFixture.workspace(dir);
    GraphConnection graph = SiteFixture.analysed(first);
    SiteBuilder.build(graph, first, SiteOptions.defaults());
    Workspace second = new Workspace(first.sheets(), first.data(), dir.resolve("second-out"));
    SiteBuilder.build(graph, second, SiteOptions.defaults());

    Map<String, byte[]> a = files(first.out());
    Map<String, byte[]> b = files(second.out());
    assertThat(a.keySet()).isEqualTo(b.keySet()).contains("index.html", ".checked");
    a.forEach((name, bytes) -> assertThat(b.get(name)).as(name).isEqualTo(bytes));
  }

  @Test
  void everyInternalLinkOfABuiltSiteResolves() {
    Workspace ws = SiteFixture.workspace(dir);
    SiteBuilder.build(SiteFixture.analysed(ws), ws, SiteOptions.defaults());
    assertThat(new LinkChecker(ws.out(), "https://example.org/", "/").check()).isEmpty();
    assertThat(CheckMarker.verify(ws.out())).isEqualTo("2026-10");
  }

  @Test
  void linkCheckerFindsBrokenAndUnsafeLinks() throws IOException {
    Path site = dir.resolve("site");
    Files.createDirectories(site.resolve("a"));
    Files.writeString(site.resolve("a/index.html"), "");
    Files.writeString(
        site.resolve("index.html"),
        "<a href=\"a/\">ok</a><a href=\"a\">dir</a><a href=\"b/\">missing</a>"
            + "<img src=\"x.svg\" alt=\"\"><a href=\"javascript:alert(1)\">bad</a>"
            + "<a href=\"https://example.org/a/\">abs ok</a><a href=\"https://example.org/c/\">abs"
            + " missing</a><a href=\"/a/#top\">root ok</a><a href=\"../../etc/passwd\">out</a>"
            + "<a href=\"https://other.org/\">external</a><a href=\"#x\">fragment</a>");
    assertThat(new LinkChecker(site, "https://example.org/", "/").check())
        .containsExactly(
            "index.html: b/: no such file b/index.html",
            "index.html: x.svg: no such file x.svg",
            "index.html: javascript:alert(1): scheme javascript: is not allowed",
            "index.html: https://example.org/c/: no such file c/index.html",
            "index.html: ../../etc/passwd: points outside the site");
  }

  @Test
  void aBrokenTemplateOrLinkLeavesThePublishedSiteUntouched() throws IOException {
    Workspace ws = SiteFixture.workspace(dir);
    GraphConnection graph = SiteFixture.analysed(ws);
    SiteBuilder.build(graph, ws, SiteOptions.defaults());
    Map<String, byte[]> before = files(ws.out());

    Path broken = dir.resolve("templates-broken-link/pages");
    Files.createDirectories(broken);
    Files.writeString(
        broken.resolve("404.ftlh"),
        "<#import \"layout.ftlh\" as layout><@layout.html><a href=\"${root}nowhere/\">x</a></@layout.html>");
    assertThatThrownBy(
            () ->
                SiteBuilder.build(
                    graph, ws, new SiteOptions(null, dir.resolve("templates-broken-link"))))
        .isInstanceOf(AtlasException.class)
        .hasMessageContaining("1 broken links")
        .hasMessageContaining("404.html: /nowhere/: no such file nowhere/index.html");

    Path failing = dir.resolve("templates-error/pages");
    Files.createDirectories(failing);
    Files.writeString(failing.resolve("about.ftlh"), "${no_such_variable}");
    assertThatThrownBy(
            () ->
                SiteBuilder.build(graph, ws, new SiteOptions(null, dir.resolve("templates-error"))))
        .isInstanceOf(AtlasException.class)
        .hasMessageContaining("template about.ftlh failed")
        .hasMessageContaining("no_such_variable");

    Map<String, byte[]> after = files(ws.out());
    assertThat(after.keySet()).isEqualTo(before.keySet());
    before.forEach((name, bytes) -> assertThat(after.get(name)).as(name).isEqualTo(bytes));
    try (Stream<Path> siblings = Files.list(ws.out().getParent())) {
      assertThat(siblings.map(p -> p.getFileName().toString()))
          .noneMatch(n -> n.contains(".rendering-"));
    }
  }

  @Test
  void descriptionsCannotInjectScript() throws IOException {
    Workspace ws = SiteFixture.workspace(dir);
    GraphConnection graph = SiteFixture.curated();
    graph.write(
        tx ->
            tx.run(
                    "MATCH (p:Project {id: 'luigi'}) SET p.description = $d",
                    Map.of(
                        "d",
                        "Evil <script>alert('x')</script> [click](javascript:alert(1))"
                            + " <a href=\"javascript:alert(2)\" onclick=\"alert(3)\">raw</a>"))
                .consume());
    SiteBuilder.build(graph, ws, SiteOptions.defaults());
    var page = Jsoup.parse(ws.out().resolve("projects/luigi/index.html").toFile());
    assertThat(page.select(".prose script, .prose [onclick]")).isEmpty();
    assertThat(page.select(".prose a").eachAttr("href")).allMatch(String::isEmpty);
    assertThat(page.select(".prose").text()).contains("<script>alert('x')</script>");
    assertThat(page.getAllElements().stream().flatMap(e -> e.attributes().asList().stream()))
        .noneMatch(a -> a.getValue().toLowerCase().contains("javascript:"));
  }

  static Map<String, byte[]> files(Path root) throws IOException {
    Map<String, byte[]> files = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path f : walk.filter(Files::isRegularFile).toList()) {
        files.put(root.relativize(f).toString(), Files.readAllBytes(f));
      }
    }
    return files;
  }
}
