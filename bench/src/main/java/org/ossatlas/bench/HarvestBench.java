package org.ossatlas.bench;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.ossatlas.common.AtomicFiles;
import org.ossatlas.common.Workspace;
import org.ossatlas.harvester.Harvester;
import org.ossatlas.harvester.RequestBudget;
import org.ossatlas.harvester.Sleeper;
import org.ossatlas.harvester.github.GitHubSettings;
import org.ossatlas.harvester.github.GitHubSource;

/**
 * The GitHub source against a local GitHub-speaking server (JDK HttpServer generating listing pages
 * and commit details): requests per 1,000 commits and commits per second, with and without stats.
 * No baseline: the figures show what the harvester adds on top of the HTTP round trips.
 */
final class HarvestBench implements Benchmark {
  @Override
  public String name() {
    return "harvest";
  }

  @Override
  public List<Comparison> run(BenchContext context) throws Exception {
    int commits = context.scale() == BenchContext.Scale.QUICK ? 2_000 : 20_000;
    List<Comparison> rows = new ArrayList<>();
    for (boolean stats : new boolean[] {false, true}) {
      int n = stats ? commits / 4 : commits;
      AtomicLong served = new AtomicLong();
      HttpServer server = server(n, served);
      try {
        Files.createDirectories(context.workDir());
        Path root = Files.createTempDirectory(context.workDir(), "harvest");
        Workspace ws = new Workspace(root.resolve("sheets"), root.resolve("data"), root);
        AtomicFiles.writeString(
            ws.sheets().resolve("projects.csv"), "id,repo\nbench,https://github.com/o/r\n");
        RequestBudget budget = RequestBudget.unlimited();
        GitHubSettings settings =
            GitHubSettings.defaults(
                    URI.create("http://127.0.0.1:" + server.getAddress().getPort()),
                    Optional.empty())
                .withStats(stats);
        long start = System.nanoTime();
        Harvester.Result result =
            new Harvester(
                    ws,
                    List.of(new GitHubSource(settings, budget, Sleeper.REAL)),
                    budget,
                    Clock.systemUTC(),
                    () -> false)
                .run(Harvester.Options.defaults());
        double seconds = (System.nanoTime() - start) / 1e9;
        long stored = result.outcomes().get(0).newCommits();
        String label = stats ? "github, stats" : "github, --no-stats";
        rows.add(
            Comparison.alone(
                "harvest",
                label + ": requests per 1,000 commits",
                served.get() * 1000.0 / stored,
                "requests"));
        rows.add(
            Comparison.alone(
                "harvest", label + ": commits per second", stored / seconds, "commits/s"));
      } finally {
        server.stop(0);
      }
    }
    return rows;
  }

  private static HttpServer server(int n, AtomicLong served) throws IOException {
    // Without TCP_NODELAY the JDK server's separate header and body writes meet the client's
    // delayed ACK: ~40 ms per request, which would measure the loopback, not the harvester.
    System.setProperty("sun.net.httpserver.nodelay", "true");
    HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext(
        "/",
        exchange -> {
          served.incrementAndGet();
          String path = exchange.getRequestURI().getPath();
          String query = exchange.getRequestURI().getRawQuery();
          String base = "http://127.0.0.1:" + server.getAddress().getPort();
          if (path.equals("/repos/o/r")) {
            send(exchange, "{\"full_name\":\"o/r\",\"default_branch\":\"main\"}", null);
          } else if (path.equals("/repos/o/r/commits")) {
            int page = 1;
            if (query != null) {
              for (String p : query.split("&")) {
                if (p.startsWith("page=")) {
                  page = Integer.parseInt(p.substring(5));
                }
              }
            }
            int from = (page - 1) * 100;
            int to = Math.min(n, from + 100);
            if (query != null && query.contains("since=")) {
              from = 0;
              to = Math.min(n, 100);
            }
            StringBuilder body = new StringBuilder("[");
            for (int i = from; i < to; i++) {
              body.append(i == from ? "" : ",").append(commit(i, false));
            }
            String link =
                to < n && (query == null || !query.contains("since="))
                    ? "<"
                        + base
                        + "/repos/o/r/commits?per_page=100&page="
                        + (page + 1)
                        + ">; rel=\"next\""
                    : null;
            send(exchange, body.append("]").toString(), link);
          } else if (path.startsWith("/repos/o/r/commits/")) {
            int i = Integer.parseInt(path.substring(path.length() - 8), 16);
            send(exchange, commit(i, true), null);
          } else {
            exchange.sendResponseHeaders(404, -1);
            exchange.close();
          }
        });
    server.start();
    return server;
  }

  private static String commit(int i, boolean detail) {
    String sha = String.format(Locale.ROOT, "%032x%08x", 0xbe, i);
    String date = Instant.parse("2024-06-01T00:00:00Z").minusSeconds(600L * i).toString();
    return "{\"sha\":\""
        + sha
        + "\",\"commit\":{\"author\":{\"name\":\"Dev\",\"email\":\"dev@example.org\",\"date\":\""
        + date
        + "\"},\"committer\":{\"name\":\"Dev\",\"email\":\"dev@example.org\",\"date\":\""
        + date
        + "\"},\"message\":\"change "
        + i
        + "\"},\"author\":{\"login\":\"dev\"},\"parents\":[]"
        + (detail
            ? ",\"stats\":{\"total\":5,\"additions\":4,\"deletions\":1},\"files\":[{\"filename\":"
                + "\"a.txt\",\"additions\":4,\"deletions\":1,\"changes\":5}]"
            : "")
        + "}";
  }

  private static void send(HttpExchange exchange, String body, String link) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().add("Content-Type", "application/json");
    exchange.getResponseHeaders().add("ETag", "\"" + Integer.toHexString(body.hashCode()) + "\"");
    exchange.getResponseHeaders().add("X-RateLimit-Limit", "1000000");
    exchange.getResponseHeaders().add("X-RateLimit-Remaining", "999999");
    exchange.getResponseHeaders().add("X-RateLimit-Reset", "9999999999");
    if (link != null) {
      exchange.getResponseHeaders().add("Link", link);
    }
    exchange.sendResponseHeaders(200, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }
}
