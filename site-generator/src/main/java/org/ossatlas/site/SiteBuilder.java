package org.ossatlas.site;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;
import org.ossatlas.common.AtlasException;
import org.ossatlas.common.AtomicFiles;
import org.ossatlas.common.ExitCode;
import org.ossatlas.common.RunLog;
import org.ossatlas.common.StageReport;
import org.ossatlas.common.StageRun;
import org.ossatlas.common.Workspace;
import org.ossatlas.graph.GraphConnection;
import org.ossatlas.site.check.CheckMarker;
import org.ossatlas.site.check.LinkChecker;
import org.ossatlas.site.markdown.MarkdownRenderer;
import org.ossatlas.site.model.MetricDefinitions;
import org.ossatlas.site.model.ModelContext;
import org.ossatlas.site.model.ProjectPage;
import org.ossatlas.site.model.PublishedFiles;
import org.ossatlas.site.model.SiteModel;
import org.ossatlas.site.render.AboutRenderer;
import org.ossatlas.site.render.AssetRenderer;
import org.ossatlas.site.render.Assets;
import org.ossatlas.site.render.BackerRenderer;
import org.ossatlas.site.render.CategoryRenderer;
import org.ossatlas.site.render.DataRenderer;
import org.ossatlas.site.render.FeedRenderer;
import org.ossatlas.site.render.HomeRenderer;
import org.ossatlas.site.render.HostRenderer;
import org.ossatlas.site.render.NotFoundRenderer;
import org.ossatlas.site.render.ProjectListRenderer;
import org.ossatlas.site.render.ProjectRenderer;
import org.ossatlas.site.render.Renderer;
import org.ossatlas.site.render.SearchRenderer;
import org.ossatlas.site.render.SiteInfo;
import org.ossatlas.site.render.SiteOutput;
import org.ossatlas.site.render.SitemapRenderer;
import org.ossatlas.site.render.StatusRenderer;
import org.ossatlas.site.render.Templates;

/**
 * Builds the site from the graph: read every page model, render every page family into a temporary
 * sibling of the output folder, check every link, mark the result as checked, and only then swap it
 * in whole. A failure at any step leaves the published site as it was.
 */
public final class SiteBuilder {
  static final String TITLE = "OSS Atlas";
  static final String TAGLINE =
      "Open-source projects, who backs them and how active they are, read from their commit"
          + " histories.";

  /** Only a folder holding a site this tool rendered (or nothing) is replaced by a render. */
  private static final Predicate<Path> PREVIOUS_SITE = AtomicFiles.hasMarker(CheckMarker.FILE);

  private SiteBuilder() {}

  /** The commits (people's and bots') the project pages show, for the cross-stage check. */
  private static long commitsShown(SiteModel model) {
    return model.projects().stream()
        .map(ProjectPage::metrics)
        .mapToLong(m -> orZero(m.commits()) + orZero(m.botCommits()))
        .sum();
  }

  private static long orZero(Long value) {
    return value == null ? 0 : value;
  }

  public static SiteReport build(GraphConnection graph, Workspace workspace, SiteOptions options) {
    StageRun run = StageRun.start("render");
    Path target = workspace.out().toAbsolutePath().normalize();
    AtomicFiles.requireReplaceable(target, PREVIOUS_SITE);
    Path staging = AtomicFiles.freshStagingFolder(target, "rendering");
    SiteOutput out = null;
    try {
      PhaseTimes phases = new PhaseTimes();
      PublishedFiles files = new PublishedFiles(workspace);
      List<StageReport> runs = new RunLog(workspace).read(); // before this render is logged
      SiteModel model = SiteModel.read(graph, context(options, files));
      phases.end("model");
      run.in("projects", model.projects().size())
          .in("categories", model.categories().size())
          .in("backers", model.backers().size());
      Assets assets = Assets.load(folder(options, "assets"));
      out =
          new SiteOutput(
              staging,
              Files.isDirectory(target) ? target : null,
              new Templates(folder(options, "pages")),
              info(options, model),
              assets.paths());
      for (Renderer renderer : renderers(assets, files, runs)) {
        renderer.render(model, out);
      }
      phases.end("pages");
      check(staging, options);
      phases.end("checks");
      long pages = out.pages().size() + 1; // and the 404 page
      CheckMarker.write(staging, pages, model.asOf());
      AtomicFiles.replaceDirectory(staging, target, PREVIOUS_SITE);
      phases.end("publish");
      if (model.asOf() == null) {
        run.warn("no computed metrics in the graph: pages say \"no activity data yet\"");
      }
      run.out("pages", pages)
          .out("files", out.filesWritten())
          .out("files rewritten", out.filesRewritten())
          .out("commits on project pages", commitsShown(model));
      // Where the time went, in the run log too: the graph read is the phase that grows most.
      phases.millis().forEach((phase, ms) -> run.out(phase + " phase, ms", ms));
      StageReport report = run.finish(true);
      return new SiteReport(
          pages,
          out.filesWritten(),
          model.asOf(),
          target,
          report.durationMillis(),
          report,
          phases.millis());
    } catch (RuntimeException e) {
      if (out != null) {
        out.close(); // no page writer may still be writing into the folder deleted next
      }
      deleteQuietly(staging, e);
      throw e;
    }
  }

  /** The page families and publishing files, in the order they are written. */
  static List<Renderer> renderers(Assets assets, PublishedFiles files, List<StageReport> runs) {
    return List.of(
        new AssetRenderer(assets),
        new HomeRenderer(),
        new CategoryRenderer(),
        new ProjectListRenderer(),
        new ProjectRenderer(),
        new BackerRenderer(),
        new AboutRenderer(files),
        new StatusRenderer(runs),
        new SearchRenderer(),
        new NotFoundRenderer(),
        new DataRenderer(files),
        new FeedRenderer(),
        new SitemapRenderer(),
        new HostRenderer());
  }

  private static ModelContext context(SiteOptions options, PublishedFiles files) {
    return new ModelContext(
        new MarkdownRenderer(2), MetricDefinitions.load(folder(options, "pages")), files);
  }

  private static SiteInfo info(SiteOptions options, SiteModel model) {
    return new SiteInfo(
        TITLE,
        TAGLINE,
        options.baseUrl(),
        options.basePath(),
        model.asOf(),
        model.home().asOfText());
  }

  private static void check(Path staging, SiteOptions options) {
    List<String> problems = new LinkChecker(staging, options.baseUrl(), options.basePath()).check();
    if (!problems.isEmpty()) {
      StringBuilder message =
          new StringBuilder("the rendered site has " + problems.size() + " broken links;")
              .append(" the published site is unchanged:");
      problems.stream().limit(20).forEach(p -> message.append("\n  ").append(p));
      if (problems.size() > 20) {
        message.append("\n  ...");
      }
      throw new AtlasException(ExitCode.SOFTWARE, message.toString());
    }
  }

  /** {@code TEMPLATES/name} when the override folder has it, else null (built-ins only). */
  private static Path folder(SiteOptions options, String name) {
    if (options.templates() == null) {
      return null;
    }
    if (!Files.isDirectory(options.templates())) {
      throw AtlasException.usage("template folder " + options.templates() + " does not exist");
    }
    Path sub = options.templates().resolve(name);
    return Files.isDirectory(sub) ? sub : null;
  }

  private static void deleteQuietly(Path dir, RuntimeException failure) {
    try {
      AtomicFiles.deleteRecursively(dir);
    } catch (IOException | RuntimeException e) {
      // The next render removes it (freshStagingFolder); the published site is untouched.
      failure.addSuppressed(e);
    }
  }
}
