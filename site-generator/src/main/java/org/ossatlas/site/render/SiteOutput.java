package org.ossatlas.site.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import org.ossatlas.site.model.SitePaths;

/**
 * The folder a build writes into (a temporary sibling of the real output) and the rendering of
 * pages into it. Every HTML page gets the shared template variables: {@code site}, {@code page},
 * {@code root} (the relative way back to the site root, {@code ../../}) and {@code assets}.
 *
 * <p>Incremental: a file whose bytes equal those of the same path in the previous site is not
 * written again but hard-linked from it, so after the swap it is the very same file (same inode,
 * same modification time) and only the files whose bytes changed are new. Tools that sync by time
 * or inode (rsync, a deploy clone) then see only the real changes. Thread-safe: renderers may write
 * pages in parallel.
 */
public final class SiteOutput {
  private final Path dir;
  private final Path previous;
  private final AtomicLong rewritten = new AtomicLong();
  private final Templates templates;
  private final SiteInfo site;
  private final Map<String, String> assets;
  private final Map<String, PageInfo> pages = new ConcurrentSkipListMap<>();
  private final AtomicLong files = new AtomicLong();

  /**
   * Writers hold the read side while they write; {@link #close} takes the write side, so once it
   * returns no write is in flight and none can start (a failed build deletes the folder next).
   */
  private final ReadWriteLock writing = new ReentrantReadWriteLock();

  private volatile boolean closed;

  /**
   * @param previous the site this build replaces (its unchanged files are reused), or null
   */
  public SiteOutput(
      Path dir, Path previous, Templates templates, SiteInfo site, Map<String, String> assets) {
    this.dir = dir;
    this.previous = previous;
    this.templates = templates;
    this.site = site;
    this.assets = Map.copyOf(assets);
  }

  public Path dir() {
    return dir;
  }

  public SiteInfo site() {
    return site;
  }

  public Templates templates() {
    return templates;
  }

  /**
   * Renders an HTML page at {@code href} ({@code projects/x/}) and lists it for the sitemap.
   *
   * @param section the navigation entry to mark current ({@code projects}, {@code about} ...)
   */
  public void page(
      String href,
      String template,
      String title,
      String description,
      String section,
      Map<String, Object> model) {
    PageInfo info = new PageInfo(href, site.baseUrl() + href, title, description, section);
    writePage(SitePaths.file(href), template, info, relativeRoot(href), model);
    pages.put(href, info);
  }

  /**
   * Renders a page served at any URL (the 404 page): its links start from the site's base path
   * instead of being relative, and it is not listed in the sitemap.
   */
  public void standalonePage(
      String file, String template, String title, String description, Map<String, Object> model) {
    PageInfo info = new PageInfo(file, site.baseUrl() + file, title, description, "");
    writePage(file, template, info, site.basePath(), model);
  }

  /** Renders a non-HTML template ({@code feed.ftlx}, {@code robots.txt.ftl}) to {@code file}. */
  public void text(String file, String template, Map<String, Object> model) {
    Map<String, Object> full = new HashMap<>(model);
    full.put("site", site);
    write(file, templates.render(template, full).getBytes(StandardCharsets.UTF_8));
  }

  public void write(String file, byte[] bytes) {
    Path target = resolve(file);
    whileOpen(
        () -> {
          Files.createDirectories(target.getParent());
          if (!reuse(file, target, bytes)) {
            Files.write(target, bytes);
            rewritten.incrementAndGet();
          }
        },
        "could not write " + target);
  }

  /** Links the previous site's file at {@code file} when it holds exactly {@code bytes}. */
  private boolean reuse(String file, Path target, byte[] bytes) throws IOException {
    if (previous == null) {
      return false;
    }
    Path old = previous.resolve(file);
    if (!Files.isRegularFile(old, LinkOption.NOFOLLOW_LINKS)
        || Files.size(old) != bytes.length
        || !Arrays.equals(Files.readAllBytes(old), bytes)) {
      return false;
    }
    return link(old, target);
  }

  private static boolean link(Path old, Path target) throws IOException {
    try {
      Files.deleteIfExists(target);
      Files.createLink(target, old);
      return true;
    } catch (IOException | UnsupportedOperationException e) {
      return false; // another file system, or no hard links: write the bytes instead
    }
  }

  /**
   * Stops all writing: waits for writes in flight, then makes every later write fail. Called when a
   * build fails, before its folder is deleted, so parallel page writers cannot recreate files in
   * it.
   */
  public void close() {
    writing.writeLock().lock();
    try {
      closed = true;
    } finally {
      writing.writeLock().unlock();
    }
  }

  /** An I/O step that must not overlap {@link #close}. */
  @FunctionalInterface
  private interface Io {
    void run() throws IOException;
  }

  private void whileOpen(Io io, String failure) {
    writing.readLock().lock();
    try {
      if (closed) {
        throw new IllegalStateException("the build failed; not writing to " + dir);
      }
      io.run();
      files.incrementAndGet();
    } catch (IOException e) {
      throw new UncheckedIOException(failure, e);
    } finally {
      writing.readLock().unlock();
    }
  }

  /**
   * Puts a file of the analytics' output into the site: a hard link where the file system allows
   * (thousands of charts, never modified in place: every writer replaces files whole), else a copy.
   */
  public void copy(String file, Path source) {
    Path target = resolve(file);
    whileOpen(
        () -> {
          Files.createDirectories(target.getParent());
          Path old = previous == null ? null : previous.resolve(file);
          if (old != null
              && Files.isRegularFile(old, LinkOption.NOFOLLOW_LINKS)
              && Files.mismatch(old, source) == -1
              && link(old, target)) {
            return;
          }
          rewritten.incrementAndGet();
          try {
            Files.deleteIfExists(target);
            Files.createLink(target, source);
          } catch (IOException | UnsupportedOperationException e) {
            Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
          }
        },
        "could not copy " + source + " to " + target);
  }

  /** Every page listed so far, by href (sorted). */
  public List<PageInfo> pages() {
    return List.copyOf(pages.values());
  }

  /** Every file of the site, rewritten or reused. */
  public long filesWritten() {
    return files.get();
  }

  /** The files whose bytes differ from the previous site's (all of them on a first build). */
  public long filesRewritten() {
    return rewritten.get();
  }

  /** {@code ./} for the root, {@code ../../} for {@code projects/x/}. */
  static String relativeRoot(String href) {
    int depth = 0;
    for (int i = 0; i < href.length(); i++) {
      if (href.charAt(i) == '/') {
        depth++;
      }
    }
    return depth == 0 ? "./" : "../".repeat(depth);
  }

  private void writePage(
      String file, String template, PageInfo info, String root, Map<String, Object> model) {
    Map<String, Object> full = new HashMap<>(model);
    full.put("site", site);
    full.put("page", info);
    full.put("root", root);
    full.put("assets", assets);
    write(file, templates.render(template, full).getBytes(StandardCharsets.UTF_8));
  }

  private Path resolve(String file) {
    Path target = dir.resolve(file).normalize();
    if (!target.startsWith(dir)) {
      throw new IllegalArgumentException("outside the site: " + file);
    }
    return target;
  }
}
