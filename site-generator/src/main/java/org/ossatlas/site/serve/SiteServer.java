package org.ossatlas.site.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A preview of the built site on 127.0.0.1, behaving like the static host: a folder serves its
 * {@code index.html}, a folder URL without its slash is redirected, a miss gets {@code 404.html}
 * with status 404, and the headers of {@code _headers} for all paths (the Content-Security-Policy
 * included) are sent, so the preview breaks where the real site would.
 */
public final class SiteServer implements AutoCloseable {
  private static final Map<String, String> TYPES =
      Map.ofEntries(
          Map.entry("html", "text/html; charset=utf-8"),
          Map.entry("css", "text/css; charset=utf-8"),
          Map.entry("js", "text/javascript; charset=utf-8"),
          Map.entry("json", "application/json"),
          Map.entry("svg", "image/svg+xml"),
          Map.entry("xml", "application/xml; charset=utf-8"),
          Map.entry("csv", "text/csv; charset=utf-8"),
          Map.entry("txt", "text/plain; charset=utf-8"),
          Map.entry("png", "image/png"),
          Map.entry("ico", "image/x-icon"));

  private final Path root;
  private final HttpServer server;
  private final ExecutorService executor;
  private final Map<String, String> headers;
  private final AtomicBoolean closed = new AtomicBoolean();

  private SiteServer(Path root, HttpServer server, ExecutorService executor) {
    this.root = root;
    this.server = server;
    this.executor = executor;
    this.headers = HeadersFile.forAllPaths(root.resolve("_headers"));
  }

  /** Starts serving {@code root} on 127.0.0.1:{@code port} (0 picks a free port). */
  public static SiteServer start(Path root, int port) {
    Path dir = root.toAbsolutePath().normalize();
    try {
      HttpServer server =
          HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
      ExecutorService executor = Executors.newFixedThreadPool(4);
      server.setExecutor(executor);
      SiteServer site = new SiteServer(dir, server, executor);
      server.createContext("/", site::handle);
      server.start();
      return site;
    } catch (IOException e) {
      throw new UncheckedIOException("could not listen on 127.0.0.1:" + port, e);
    }
  }

  /** The address to open: {@code http://127.0.0.1:PORT/}. */
  public URI uri() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
  }

  /** Stops listening; safe to call more than once and from a shutdown hook. */
  @Override
  public void close() {
    if (closed.compareAndSet(false, true)) {
      server.stop(0);
      executor.shutdownNow();
    }
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      String method = exchange.getRequestMethod();
      if (!method.equals("GET") && !method.equals("HEAD")) {
        siteHeaders(exchange);
        exchange.getResponseHeaders().set("Allow", "GET, HEAD");
        exchange.sendResponseHeaders(405, -1);
        return;
      }
      String path = exchange.getRequestURI().getPath();
      Path file = root.resolve(path.replaceFirst("^/+", "")).normalize();
      if (!file.startsWith(root) || hidden(file)) {
        send(exchange, 404, root.resolve("404.html"));
        return;
      }
      if (Files.isDirectory(file)) {
        if (!path.endsWith("/")) {
          siteHeaders(exchange);
          exchange.getResponseHeaders().set("Location", sameOriginFolder(file));
          exchange.sendResponseHeaders(301, -1);
          return;
        }
        file = file.resolve("index.html");
      }
      if (Files.isRegularFile(file)) {
        send(exchange, 200, file);
      } else {
        send(exchange, 404, root.resolve("404.html"));
      }
    }
  }

  /**
   * The redirect target of a folder: an absolute path built from the folder's place under the root
   * (never from the request, whose decoded {@code /%2fevil.example} would make {@code
   * //evil.example/}, another origin), each segment percent-encoded.
   */
  private String sameOriginFolder(Path folder) {
    StringBuilder location = new StringBuilder("/");
    for (Path segment : root.relativize(folder)) {
      String name = segment.toString();
      if (!name.isEmpty()) {
        location.append(encode(name)).append('/');
      }
    }
    return location.toString();
  }

  private static String encode(String segment) {
    return URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20");
  }

  /** The headers {@code _headers} gives every path, on every response (200, 301, 404, 405). */
  private void siteHeaders(HttpExchange exchange) {
    headers.forEach((k, v) -> exchange.getResponseHeaders().set(k, v));
  }

  /** Dot files (the check marker) and the host's own files are not part of the site. */
  private boolean hidden(Path file) {
    String name = file.getFileName() == null ? "" : file.getFileName().toString();
    return name.startsWith(".") || name.equals("_headers");
  }

  private void send(HttpExchange exchange, int status, Path file) throws IOException {
    byte[] body = Files.isRegularFile(file) ? Files.readAllBytes(file) : "Not found\n".getBytes();
    siteHeaders(exchange);
    exchange.getResponseHeaders().set("Content-Type", type(file));
    exchange.getResponseHeaders().set("Cache-Control", "no-store");
    boolean head = exchange.getRequestMethod().equals("HEAD");
    exchange.sendResponseHeaders(status, head ? -1 : body.length);
    if (!head) {
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    }
  }

  private static String type(Path file) {
    String name = file.getFileName().toString();
    int dot = name.lastIndexOf('.');
    String ext = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    return TYPES.getOrDefault(ext, "application/octet-stream");
  }
}
