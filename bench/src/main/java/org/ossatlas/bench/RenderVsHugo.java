package org.ossatlas.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.neo4j.driver.Record;
import org.ossatlas.analytics.AnalysisOptions;
import org.ossatlas.analytics.Analyzer;
import org.ossatlas.common.AtomicFiles;
import org.ossatlas.site.SiteBuilder;
import org.ossatlas.site.SiteOptions;
import org.ossatlas.site.SiteReport;

/**
 * {@code render} on the analysed bench graph beside Hugo building a site of the same pages (one per
 * project, category and backer, with the same descriptions and a metrics table) from Markdown
 * files. Hugo only runs when it is installed ({@code apt-get install hugo}); ours does more per
 * page (charts copied, search index, sitemap, feed, link check), so the ratio is a floor.
 */
final class RenderVsHugo implements Benchmark {

  @Override
  public String name() {
    return "render";
  }

  @Override
  public List<Comparison> run(BenchContext context) throws Exception {
    try (BenchGraph bench = BenchGraph.open(context)) {
      new Analyzer().analyze(bench.graph, bench.workspace, AnalysisOptions.defaults());
      SiteReport[] last = new SiteReport[1];
      double ours =
          Timing.medianSeconds(
              context.repetitions(),
              () ->
                  last[0] =
                      SiteBuilder.build(bench.graph, bench.workspace, SiteOptions.defaults()));
      long pages = last[0].pages();
      System.out.println("   last render: " + last[0].phases());
      List<Comparison> rows = new ArrayList<>();
      Double hugo = null;
      long hugoPages = 0;
      if (hugoInstalled()) {
        Path hugoSite = context.file("hugo");
        hugoPages = writeHugoSite(bench, hugoSite);
        hugo = Timing.medianSeconds(context.repetitions(), () -> runHugo(hugoSite));
      } else {
        System.out.println("   hugo is not installed (apt-get install hugo): baseline skipped");
      }
      rows.add(
          new Comparison(
              "render",
              "whole site, " + pages + " pages (Hugo: " + hugoPages + ")",
              ours,
              "Hugo",
              hugo,
              "s",
              false));
      rows.add(
          new Comparison(
              "render",
              "pages per second",
              pages / ours,
              "Hugo",
              hugo == null ? null : hugoPages / hugo,
              "pages/s",
              true));
      rows.add(Comparison.alone("render", "files written", last[0].files(), "files"));
      return rows;
    }
  }

  static boolean hugoInstalled() {
    try {
      Process p = new ProcessBuilder("hugo", "version").redirectErrorStream(true).start();
      p.getInputStream().readAllBytes();
      return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  private static void runHugo(Path site) throws Exception {
    AtomicFiles.deleteRecursively(site.resolve("public"));
    Process p =
        new ProcessBuilder("hugo", "--quiet", "--source", site.toString())
            .redirectErrorStream(true)
            .start();
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (p.waitFor() != 0) {
      throw new IllegalStateException("hugo failed: " + output);
    }
  }

  /** The same entities as our pages, as Hugo content with a small theme of two layouts. */
  private static long writeHugoSite(BenchGraph bench, Path site) throws IOException {
    AtomicFiles.deleteRecursively(site);
    Files.createDirectories(site.resolve("layouts/_default"));
    Files.writeString(
        site.resolve("hugo.toml"),
        "baseURL = 'https://example.org/'\ntitle = 'Bench'\n"
            + "disableKinds = ['taxonomy', 'term', 'RSS']\n");
    Files.writeString(
        site.resolve("layouts/_default/baseof.html"),
        "<!doctype html><html lang=\"en\"><head><title>{{ .Title }}</title></head><body><main>"
            + "{{ block \"main\" . }}{{ end }}</main></body></html>\n");
    Files.writeString(
        site.resolve("layouts/_default/single.html"),
        "{{ define \"main\" }}<h1>{{ .Title }}</h1>{{ .Content }}<table>"
            + "{{ range $k, $v := .Params.metrics }}<tr><th>{{ $k }}</th><td>{{ $v }}</td></tr>"
            + "{{ end }}</table>{{ end }}\n");
    Files.writeString(
        site.resolve("layouts/_default/list.html"),
        "{{ define \"main\" }}<h1>{{ .Title }}</h1><ul>{{ range .Pages }}"
            + "<li><a href=\"{{ .RelPermalink }}\">{{ .Title }}</a></li>{{ end }}</ul>{{ end }}\n");
    long pages = 0;
    for (String label : List.of("Project", "Category", "Backer")) {
      String query =
          "MATCH (n:"
              + label
              + ") RETURN n.id AS id, n.name AS name, coalesce(n.description, '') AS text,"
              + " [k IN keys(n) WHERE n[k] IS :: INTEGER OR n[k] IS :: FLOAT | [k, n[k]]]"
              + " AS metrics";
      List<Record> nodes = bench.graph.read(tx -> tx.run(query).list());
      Path dir = site.resolve("content").resolve(label.toLowerCase(Locale.ROOT));
      Files.createDirectories(dir);
      for (Record node : nodes) {
        StringBuilder page = new StringBuilder("---\ntitle: \"");
        page.append(node.get("name").asString().replace("\"", "\\\"")).append("\"\nmetrics:\n");
        for (Object pair : node.get("metrics").asList()) {
          List<?> kv = (List<?>) pair;
          page.append("  ").append(kv.get(0)).append(": ").append(kv.get(1)).append('\n');
        }
        page.append("---\n").append(node.get("text").asString()).append('\n');
        Files.writeString(dir.resolve(node.get("id").asString() + ".md"), page.toString());
        pages++;
      }
    }
    return pages;
  }
}
