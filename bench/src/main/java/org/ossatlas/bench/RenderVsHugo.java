package org.ossatlas.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.neo4j.driver.Record;
import org.ossatlas.analytics.AnalysisOptions;
import org.ossatlas.analytics.Analyzer;
import org.ossatlas.common.AtomicFiles;
import org.ossatlas.site.SiteBuilder;
import org.ossatlas.site.SiteOptions;
import org.ossatlas.site.SiteReport;
import org.ossatlas.site.markdown.MarkdownRenderer;
import org.ossatlas.site.model.BackerPage;
import org.ossatlas.site.model.CategoryPage;
import org.ossatlas.site.model.MetricDefinitions;
import org.ossatlas.site.model.ModelContext;
import org.ossatlas.site.model.ProjectPage;
import org.ossatlas.site.model.PublishedFiles;
import org.ossatlas.site.model.SiteModel;

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
      // Hugo reads files we prepared from the graph; the template-and-write phase alone is the
      // like-for-like part of the comparison.
      double pagesPhase = last[0].phaseMillis().getOrDefault("pages", 0L) / 1000.0;
      rows.add(
          new Comparison(
              "render",
              "templates and writing only (no graph reads, no checks)",
              pagesPhase,
              "Hugo",
              hugo,
              "s",
              false));
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

  /**
   * The same pages as ours, as Hugo content: each page's model (what our templates receive, read
   * from the graph by the same queries) as JSON front matter, its Markdown description as the body
   * for Hugo to render, and layouts that lay out the same sections (trail, links, backers,
   * relations, metrics with definitions, chart, member tables) in a shared frame of header, search
   * form and footer. Hugo's time covers only its own build, not the graph.
   */
  private static long writeHugoSite(BenchGraph bench, Path site) throws IOException {
    AtomicFiles.deleteRecursively(site);
    ModelContext context =
        new ModelContext(
            new MarkdownRenderer(2),
            MetricDefinitions.load(null),
            new PublishedFiles(bench.workspace));
    SiteModel model = SiteModel.read(bench.graph, context);
    Map<String, String> descriptions = descriptions(bench);
    writeTheme(site);
    // The CSV files the pages reference, as Hugo static files: copied by its build (charts are
    // inlined in the pages, as in ours).
    for (Map.Entry<String, Path> file : context.files().used().entrySet()) {
      Path target = site.resolve("static").resolve(file.getKey());
      Files.createDirectories(target.getParent());
      Files.copy(file.getValue(), target);
    }
    long pages = 0;
    for (ProjectPage p : model.projects()) {
      pages +=
          content(site, "projects", p.id(), p.name(), p, descriptions.get("Project/" + p.id()));
    }
    for (CategoryPage c : model.categories()) {
      pages +=
          content(site, "categories", c.id(), c.name(), c, descriptions.get("Category/" + c.id()));
    }
    for (BackerPage b : model.backers()) {
      pages += content(site, "backers", b.id(), b.name(), b, descriptions.get("Backer/" + b.id()));
    }
    return pages;
  }

  private static final ObjectMapper FRONT_MATTER =
      new ObjectMapper().setPropertyNamingStrategy(PropertyNamingStrategies.LOWER_CASE);

  private static int content(
      Path site, String section, String id, String title, Object page, String markdown)
      throws IOException {
    Map<String, Object> front = new LinkedHashMap<>();
    front.put("title", title);
    front.put("type", section);
    front.put("model", page);
    Path file = site.resolve("content").resolve(section).resolve(id + ".md");
    Files.createDirectories(file.getParent());
    Files.writeString(
        file,
        FRONT_MATTER.writerWithDefaultPrettyPrinter().writeValueAsString(front)
            + "\n"
            + (markdown == null ? "" : markdown)
            + "\n");
    return 1;
  }

  private static Map<String, String> descriptions(BenchGraph bench) {
    Map<String, String> byId = new LinkedHashMap<>();
    for (String label : List.of("Project", "Category", "Backer")) {
      String query = "MATCH (n:" + label + ") RETURN n.id AS id, n.description AS text";
      for (Record r : bench.graph.read(tx -> tx.run(query).list())) {
        byId.put(label + "/" + r.get("id").asString(), r.get("text").asString(""));
      }
    }
    return byId;
  }

  private static void writeTheme(Path site) throws IOException {
    Files.createDirectories(site.resolve("layouts/_default"));
    Files.writeString(
        site.resolve("hugo.toml"),
        "baseURL = 'https://example.org/'\ntitle = 'OSS Atlas'\n"
            + "disableKinds = ['taxonomy', 'term']\n");
    for (String section : List.of("projects", "categories", "backers")) {
      Files.createDirectories(site.resolve("layouts").resolve(section));
    }
    Files.writeString(site.resolve("layouts/_default/baseof.html"), HUGO_BASE);
    Files.writeString(site.resolve("layouts/_default/list.html"), HUGO_LIST);
    Files.writeString(site.resolve("layouts/_default/single.html"), HUGO_LIST);
    Files.writeString(site.resolve("layouts/projects/single.html"), HUGO_PROJECT);
    Files.writeString(site.resolve("layouts/categories/single.html"), HUGO_CATEGORY);
    Files.writeString(site.resolve("layouts/backers/single.html"), HUGO_BACKER);
  }

  private static final String HUGO_BASE =
      """
      <!doctype html><html lang="en"><head><meta charset="utf-8">
      <meta name="viewport" content="width=device-width, initial-scale=1">
      <title>{{ .Title }} · {{ site.Title }}</title>
      <link rel="canonical" href="{{ .Permalink }}"><link rel="stylesheet" href="/assets/site.css">
      <meta property="og:title" content="{{ .Title }}"><meta property="og:url" content="{{ .Permalink }}">
      </head><body><a class="skip" href="#main">Skip to content</a>
      <header><a href="/">{{ site.Title }}</a><nav><a href="/projects/">Projects</a>
      <a href="/categories/">Categories</a><a href="/backers/">Backers</a><a href="/about/">About</a></nav>
      <form action="/search/" role="search"><input type="search" name="q" aria-label="Search"></form></header>
      <main id="main">{{ block "main" . }}{{ end }}</main>
      <footer><p>Data as of {{ with .Params.model.metrics }}{{ .asof }}{{ end }}.</p></footer>
      </body></html>
      """;

  private static final String HUGO_LIST =
      """
      {{ define "main" }}<h1>{{ .Title }}</h1><ul>{{ range .Pages }}
      <li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul>{{ end }}
      """;

  private static final String METRICS =
      """
      <section><h2>Key metrics</h2><table><tbody>{{ range .keymetrics }}
      <tr><th scope="row"><abbr title="{{ .definition }}">{{ .label }}</abbr></th><td>{{ .value }}</td></tr>
      {{ end }}</tbody></table>{{ with .chart }}<figure>{{ .svg | safeHTML }}</figure>{{ end }}
      <ul>{{ range .data }}<li><a href="{{ .href }}">{{ .label }}</a></li>{{ end }}</ul></section>
      """;

  private static final String ROWS =
      """
      <table><thead><tr><th>Project</th><th>Category</th><th>Commits (12 mo)</th><th>Authors</th>
      <th>Change</th><th>Trend</th><th>Last commit</th><th>Activity</th></tr></thead><tbody>
      {{ range . }}{{ $r := .row | default . }}<tr><th scope="row"><a href="{{ $r.project.href }}">{{ $r.project.name }}</a></th>
      <td>{{ with $r.primarycategory }}<a href="{{ .href }}">{{ .name }}</a>{{ end }}</td>
      <td data-sort="{{ $r.commits12m }}">{{ $r.commits12mtext }}</td><td>{{ $r.authors12mtext }}</td>
      <td>{{ $r.changetext }}</td><td>{{ $r.trend }}</td><td>{{ $r.lastcommittext }}</td>
      <td>{{ with $r.sparkline }}{{ .svg | safeHTML }}{{ end }}</td></tr>{{ end }}
      </tbody></table>
      """;

  private static final String HUGO_PROJECT =
      """
      {{ define "main" }}{{ with .Params.model }}<nav aria-label="Breadcrumb"><ol>{{ range .trail }}
      <li><a href="{{ .href }}">{{ .name }}</a></li>{{ end }}</ol></nav>{{ end }}
      <article><h1>{{ .Title }}</h1>{{ .Content }}{{ with .Params.model }}
      <p><a href="{{ .repourl }}">Repository</a>{{ with .homepage }} · <a href="{{ . }}">Homepage</a>{{ end }}</p>
      <section><h2>Categories</h2><ul>{{ range .categories }}<li><a href="{{ .href }}">{{ .name }}</a></li>{{ end }}</ul></section>
      {{ range .linkgroups }}<section><h2>{{ .label }}</h2><ul>{{ range .links }}<li><a href="{{ .url }}">{{ .title }}</a></li>{{ end }}</ul></section>{{ end }}
      <section><h2>Backers</h2><ul>{{ range .backers }}<li><a href="{{ .backer.href }}">{{ .backer.name }}</a> ({{ .kind }}) {{ .roles }}</li>{{ end }}</ul></section>
      {{ range .relations }}<section><h2>{{ .label }}</h2><ul>{{ range .projects }}<li><a href="{{ .href }}">{{ .name }}</a></li>{{ end }}</ul></section>{{ end }}
      <section><h2>Shared contributors</h2><table><tbody>{{ range .sharing }}<tr><th><a href="{{ .project.href }}">{{ .project.name }}</a></th><td>{{ .shared }}</td><td>{{ .overlaptext }}</td></tr>{{ end }}</tbody></table></section>
      """
          + METRICS
          + """
      {{ end }}</article>{{ end }}
      """;

  private static final String HUGO_CATEGORY =
      """
      {{ define "main" }}<article><h1>{{ .Title }}</h1>{{ .Content }}{{ with .Params.model }}
      <ul>{{ range .subcategories }}<li><a href="{{ .category.href }}">{{ .category.name }}</a> ({{ .projects }})</li>{{ end }}</ul>
      {{ with .projects }}"""
          + ROWS
          + """
      {{ end }}"""
          + METRICS
          + """
      {{ end }}</article>{{ end }}
      """;

  private static final String HUGO_BACKER =
      """
      {{ define "main" }}<article><h1>{{ .Title }}</h1>{{ .Content }}{{ with .Params.model }}
      <p>{{ .kind }}{{ with .url }} · <a href="{{ . }}">{{ . }}</a>{{ end }}</p>
      {{ with .projects }}"""
          + ROWS
          + """
      {{ end }}"""
          + METRICS
          + """
      {{ end }}</article>{{ end }}
      """;
}
