package org.ossatlas.site.render;

import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.FileTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.core.TemplateClassResolver;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import org.ossatlas.common.AtlasException;
import org.ossatlas.common.ExitCode;

/**
 * The one Freemarker configuration of a build: templates from the class path ({@code
 * templates/pages}), overridden file by file by an optional folder; {@code .ftlh} pages are
 * HTML-escaped, {@code .ftlx} XML-escaped; any template error stops the build (RETHROW).
 * Thread-safe once built.
 */
public final class Templates {
  static final String CLASS_PATH_ROOT = "templates/pages";

  private final Configuration config;

  public Templates(Path overrideDir) {
    config = new Configuration(Configuration.VERSION_2_3_35);
    config.setTemplateLoader(loader(overrideDir));
    config.setDefaultEncoding("UTF-8");
    // A render is short-lived: load each template once instead of re-checking the jar every 5 s.
    config.setTemplateUpdateDelayMilliseconds(Long.MAX_VALUE);
    config.setOutputEncoding("UTF-8");
    config.setRecognizeStandardFileExtensions(true);
    config.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
    config.setLogTemplateExceptions(false);
    config.setWrapUncheckedExceptions(true);
    config.setFallbackOnNullLoopVariable(false);
    // Same bytes on every machine: no locale- or zone-dependent formatting.
    config.setLocale(Locale.US);
    config.setTimeZone(TimeZone.getTimeZone("UTC"));
    config.setNumberFormat("computer");
    config.setBooleanFormat("c");
    // Templates are data, not code: no ?new of arbitrary classes, no ?api.
    config.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
    config.setAPIBuiltinEnabled(false);
  }

  /** Renders {@code name} (e.g. {@code project.ftlh}) with {@code model}. */
  public String render(String name, Map<String, Object> model) {
    try {
      Template template = config.getTemplate(name);
      StringWriter out = new StringWriter(16 * 1024);
      template.process(model, out);
      return MarkupText.clean(out.toString());
    } catch (TemplateException e) {
      throw new AtlasException(
          ExitCode.SOFTWARE, "template " + name + " failed: " + e.getMessageWithoutStackTop(), e);
    } catch (IOException e) {
      throw new UncheckedIOException("could not load template " + name, e);
    }
  }

  private static TemplateLoader loader(Path overrideDir) {
    TemplateLoader classPath =
        new ClassTemplateLoader(Templates.class.getClassLoader(), CLASS_PATH_ROOT);
    if (overrideDir == null) {
      return classPath;
    }
    if (!Files.isDirectory(overrideDir)) {
      throw AtlasException.usage("template folder " + overrideDir + " does not exist");
    }
    try {
      return new MultiTemplateLoader(
          new TemplateLoader[] {new FileTemplateLoader(overrideDir.toFile()), classPath});
    } catch (IOException e) {
      throw new UncheckedIOException("could not read templates in " + overrideDir, e);
    }
  }
}
