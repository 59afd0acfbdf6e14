package org.ossatlas.site.check;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * Checks a built site before it is published: every {@code href} and {@code src} of every HTML
 * page, and every URL of the sitemap and feed, that points into the site must name a file that
 * exists; links to other sites must be http(s) or mailto. Links to other sites are not fetched.
 */
public final class LinkChecker {
  private final Path root;
  private final String baseUrl;
  private final String basePath;
  private final Map<Path, Boolean> existing = new ConcurrentHashMap<>();

  /** {@code href="…"} or {@code src='…'} inside a tag; HTML comments are not links. */
  private static final Pattern LINK_ATTRIBUTE =
      Pattern.compile(
          "<!--.*?-->|\\s(?:href|src)\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)')",
          Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

  /**
   * @param baseUrl the site's public URL, ending in a slash; absolute links under it are checked
   * @param basePath the path part of {@code baseUrl} ({@code /} or {@code /atlas/})
   */
  public LinkChecker(Path root, String baseUrl, String basePath) {
    this.root = root.toAbsolutePath().normalize();
    this.baseUrl = baseUrl;
    this.basePath = basePath;
  }

  /** Every broken or unsafe link, as {@code page: link: problem}; empty when all is well. */
  public List<String> check() {
    List<Path> files;
    try (Stream<Path> walk = Files.walk(root)) {
      files = walk.filter(Files::isRegularFile).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException("could not check " + root, e);
    }
    // Parsing every page is most of a render's time; pages are independent, and the ordered
    // stream keeps the report in file order.
    return files.parallelStream().flatMap(file -> problemsOf(file).stream()).toList();
  }

  private List<String> problemsOf(Path file) {
    List<String> problems = new ArrayList<>();
    String name = file.getFileName().toString();
    try {
      if (name.endsWith(".html")) {
        checkHtml(file, problems);
      } else if (name.equals("sitemap.xml") || name.equals("feed.xml")) {
        checkXml(file, problems);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("could not check " + file, e);
    }
    return problems;
  }

  /**
   * The links of a page, found by scanning its attributes rather than building a DOM: the pages are
   * our own templates' output (every attribute value quoted, text escaped), and parsing each page
   * into a tree was most of a render's time.
   */
  private void checkHtml(Path file, List<String> problems) throws IOException {
    String html = Files.readString(file, StandardCharsets.UTF_8);
    Matcher link = LINK_ATTRIBUTE.matcher(html);
    while (link.find()) {
      String value = link.group(1) != null ? link.group(1) : link.group(2);
      if (value != null) { // null: a comment
        checkLink(file, Parser.unescapeEntities(value, true), problems);
      }
    }
  }

  private void checkXml(Path file, List<String> problems) throws IOException {
    Document doc =
        Jsoup.parse(Files.readString(file, StandardCharsets.UTF_8), "", Parser.xmlParser());
    for (Element loc : doc.select("loc")) {
      checkLink(file, loc.text(), problems);
    }
    for (Element link : doc.select("link[href]")) {
      checkLink(file, link.attr("href"), problems);
    }
  }

  private void checkLink(Path page, String link, List<String> problems) {
    String problem = problem(page, link.strip());
    if (problem != null) {
      problems.add(root.relativize(page) + ": " + link + ": " + problem);
    }
  }

  /** Why {@code link} on {@code page} is broken, or null when it resolves. */
  String problem(Path page, String link) {
    if (link.isEmpty() || link.startsWith("#")) {
      return null;
    }
    String path;
    Path from;
    if (link.startsWith(baseUrl)) {
      path = link.substring(baseUrl.length());
      from = root;
    } else if (link.startsWith("//")) {
      return null;
    } else if (link.startsWith("/")) {
      if (!link.startsWith(basePath)) {
        return "outside the site's base path " + basePath;
      }
      path = link.substring(basePath.length());
      from = root;
    } else {
      String scheme = scheme(link);
      if (scheme != null) {
        return scheme.equals("http") || scheme.equals("https") || scheme.equals("mailto")
            ? null
            : "scheme " + scheme + ": is not allowed";
      }
      path = link;
      from = page.getParent();
    }
    path = path.replaceFirst("[?#].*$", "");
    path = URLDecoder.decode(path.replace("+", "%2B"), StandardCharsets.UTF_8);
    Path target = from.resolve(path).normalize();
    if (!target.startsWith(root)) {
      return "points outside the site";
    }
    if (path.isEmpty() || path.endsWith("/") || Files.isDirectory(target)) {
      target = target.resolve("index.html");
    }
    return existing.computeIfAbsent(target, Files::isRegularFile)
        ? null
        : "no such file " + root.relativize(target);
  }

  private static String scheme(String link) {
    for (int i = 0; i < link.length(); i++) {
      char c = link.charAt(i);
      if (c == ':') {
        return link.substring(0, i).toLowerCase(Locale.ROOT);
      }
      if (c == '/' || c == '?' || c == '#') {
        return null;
      }
    }
    return null;
  }
}
