package org.ossatlas.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ossatlas.common.AtlasException;
import org.ossatlas.common.ExitCode;
import org.ossatlas.common.Workspace;
import org.ossatlas.graph.GraphConnection;
import org.ossatlas.site.render.SiteInfo;
import org.ossatlas.site.render.SiteOutput;
import org.ossatlas.site.render.Templates;

/**
 * Security findings 1 and 11: render replaces only an empty folder or a previous site, stops every
 * writer before cleaning up, and leaves (and clears) no staging or {@code .old} folders.
 */
class RenderOutputSafetyTest {
  @TempDir Path dir;

  @Test
  void renderIntoACheckoutIsAUsageErrorThatDeletesNothing() throws IOException {
    Workspace fixture = SiteFixture.workspace(dir);
    GraphConnection graph = SiteFixture.analysed(fixture);
    Path checkout = dir.resolve("checkout");
    Files.createDirectories(checkout.resolve(".git"));
    Files.writeString(checkout.resolve(".git/HEAD"), "ref: refs/heads/main\n");
    Files.writeString(checkout.resolve("Main.java"), "class Main {}\n");
    Workspace ws = new Workspace(fixture.sheets(), fixture.data(), checkout);

    assertThatThrownBy(() -> SiteBuilder.build(graph, ws, SiteOptions.defaults()))
        .isInstanceOfSatisfying(
            AtlasException.class, e -> assertThat(e.exitCode()).isEqualTo(ExitCode.USAGE))
        .hasMessageContaining("nothing was deleted");

    assertThat(checkout.resolve(".git/HEAD")).hasContent("ref: refs/heads/main");
    assertThat(checkout.resolve("Main.java")).hasContent("class Main {}");
    assertThat(siblings(checkout)).noneMatch(n -> n.contains(".rendering-") || n.endsWith(".old"));
  }

  @Test
  void renderReplacesAnEmptyFolderAndAPreviousSite() throws IOException {
    Workspace ws = SiteFixture.workspace(dir);
    GraphConnection graph = SiteFixture.analysed(ws);
    Files.createDirectories(ws.out());
    SiteBuilder.build(graph, ws, SiteOptions.defaults());
    SiteBuilder.build(graph, ws, SiteOptions.defaults());
    assertThat(ws.out().resolve("index.html")).exists();
  }

  @Test
  void aKilledRendersLeftoversAreRemovedByTheNextRun() throws IOException {
    Workspace ws = SiteFixture.workspace(dir);
    GraphConnection graph = SiteFixture.analysed(ws);
    SiteBuilder.build(graph, ws, SiteOptions.defaults());
    String out = ws.out().getFileName().toString();
    // what kill -9 between the steps leaves: a half-written staging folder, the previous site
    Path staging = ws.out().resolveSibling(out + ".rendering-123");
    Files.createDirectories(staging.resolve("projects"));
    Files.writeString(staging.resolve("projects/half.html"), "<p");
    Path old = ws.out().resolveSibling(out + ".old");
    Files.createDirectories(old);
    Files.writeString(old.resolve(".checked"), "old site");

    SiteBuilder.build(graph, ws, SiteOptions.defaults());

    assertThat(siblings(ws.out())).noneMatch(n -> n.contains(".rendering-") || n.endsWith(".old"));
  }

  @Test
  void aFolderBesideTheOutputNamedOldIsKeptUnlessItIsAPreviousSite() throws IOException {
    Workspace ws = SiteFixture.workspace(dir);
    GraphConnection graph = SiteFixture.analysed(ws);
    Path old = ws.out().resolveSibling(ws.out().getFileName() + ".old");
    Files.createDirectories(old);
    Files.writeString(old.resolve("notes.txt"), "mine");

    assertThatThrownBy(() -> SiteBuilder.build(graph, ws, SiteOptions.defaults()))
        .isInstanceOfSatisfying(
            AtlasException.class, e -> assertThat(e.exitCode()).isEqualTo(ExitCode.USAGE));
    assertThat(old.resolve("notes.txt")).hasContent("mine");
  }

  @Test
  void aFailedRenderLeavesNoStagingFolder() throws IOException {
    Workspace ws = SiteFixture.workspace(dir);
    GraphConnection graph = SiteFixture.curated();
    String longId = "p".repeat(300);
    graph.write(
        tx ->
            tx.run(
                    "MATCH (c:Category {id: 'ml'}) CREATE (p:Project {id: $id, name: 'Long',"
                        + " source: 'git', repo: 'https://example.org/x.git',"
                        + " primary_category: 'ml', description: 'x'})"
                        + "-[:IN_CATEGORY {primary: true, position: 0}]->(c)",
                    Map.of("id", longId))
                .consume());
    try {
      assertThatThrownBy(() -> SiteBuilder.build(graph, ws, SiteOptions.defaults()))
          .hasMessageContaining("could not write");
      assertThat(siblings(ws.out())).noneMatch(n -> n.contains(".rendering-"));
      assertThat(ws.out()).doesNotExist();
    } finally {
      graph.write(
          tx ->
              tx.run("MATCH (p:Project {id: $id}) DETACH DELETE p", Map.of("id", longId))
                  .consume());
    }
  }

  @Test
  void controlCharactersInTheGraphCannotBreakTheFeedOrThePages() throws Exception {
    Workspace ws = SiteFixture.workspace(dir);
    GraphConnection graph = SiteFixture.analysed(ws);
    graph.write(
        tx ->
            tx.run(
                    "MATCH (p:Project {id: 'airflow'}) SET p.name = $n",
                    Map.of("n", "Apache\u0000Air\u000bflow\u001b[2J"))
                .consume());

    SiteBuilder.build(graph, ws, SiteOptions.defaults());

    for (String xml : java.util.List.of("feed.xml", "sitemap.xml")) {
      javax.xml.parsers.DocumentBuilderFactory.newInstance()
          .newDocumentBuilder()
          .parse(ws.out().resolve(xml).toFile()); // throws on ill-formed XML
    }
    String page = Files.readString(ws.out().resolve("projects/airflow/index.html"));
    assertThat(page).contains("ApacheAirflow[2J").doesNotContain("\u0000", "\u000b", "\u001b");
    assertThat(Files.readString(ws.out().resolve("feed.xml"))).doesNotContain("\u0000", "\u001b");
  }

  @Test
  void aClosedOutputWritesNothingMore() throws IOException {
    Path site = dir.resolve("staging");
    Files.createDirectories(site);
    SiteOutput out =
        new SiteOutput(
            site,
            null,
            new Templates(null),
            new SiteInfo("t", "t", "https://example.org/", "/", null, ""),
            Map.of());
    out.write("a.txt", new byte[] {1});
    out.close();

    assertThatThrownBy(() -> out.write("b.txt", new byte[] {2}))
        .isInstanceOf(IllegalStateException.class);
    assertThat(site.resolve("b.txt")).doesNotExist();
  }

  private static Stream<String> siblingStream(Path path) throws IOException {
    return Files.list(path.toAbsolutePath().getParent()).map(p -> p.getFileName().toString());
  }

  private static java.util.List<String> siblings(Path path) throws IOException {
    try (Stream<String> names = siblingStream(path)) {
      return names.toList();
    }
  }
}
