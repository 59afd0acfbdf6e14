package org.ossatlas.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ossatlas.common.AtomicFiles;
import org.ossatlas.common.Workspace;
import org.ossatlas.harvester.Harvester;
import org.ossatlas.harvester.RequestBudget;
import org.ossatlas.harvester.Shard;
import org.ossatlas.harvester.Sleeper;
import org.ossatlas.harvester.graphql.Credential;
import org.ossatlas.harvester.graphql.GraphQlSettings;
import org.ossatlas.harvester.graphql.GraphQlSource;
import org.ossatlas.harvester.graphql.TokenPool;
import org.ossatlas.harvester.raw.RawStore;

/**
 * The GraphQL source against a local GraphQL-speaking server (JDK HttpServer generating history
 * pages with line counts, and caught-up checks): requests per 1,000 commits and commits per second,
 * beside the REST rows of {@link HarvestBench} on the same generated commits; and the requests a
 * caught-up run costs per 1,000 repositories.
 */
final class GraphQlHarvestBench implements Benchmark {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern ALIAS =
      Pattern.compile("r\\d+: repository\\(owner: \"([^\"]+)\", name: \"([^\"]+)\"\\)");

  @Override
  public String name() {
    return "harvest-graphql";
  }

  @Override
  public List<Comparison> run(BenchContext context) throws Exception {
    boolean quick = context.scale() == BenchContext.Scale.QUICK;
    int commits = quick ? 2_000 : 20_000;
    int repositories = quick ? 200 : 1_000;
    List<Comparison> rows = new ArrayList<>();
    AtomicLong served = new AtomicLong();
    HttpServer server = server(commits, served);
    try {
      Files.createDirectories(context.workDir());
      Path root = Files.createTempDirectory(context.workDir(), "graphql");
      Workspace ws = new Workspace(root.resolve("sheets"), root.resolve("data"), root);
      AtomicFiles.writeString(
          ws.sheets().resolve("projects.csv"), "id,repo\nbench,https://github.com/o/r\n");
      long start = System.nanoTime();
      Harvester.Result result = harvest(ws, server);
      double seconds = (System.nanoTime() - start) / 1e9;
      long stored = result.outcomes().get(0).newCommits();
      rows.add(
          Comparison.alone(
              "harvest",
              "graphql, stats: requests per 1,000 commits",
              served.get() * 1000.0 / stored,
              "requests"));
      rows.add(
          Comparison.alone(
              "harvest", "graphql, stats: commits per second", stored / seconds, "commits/s"));

      Path many = Files.createTempDirectory(context.workDir(), "graphql-many");
      Workspace ws2 = new Workspace(many.resolve("sheets"), many.resolve("data"), many);
      StringBuilder projects = new StringBuilder("id,repo\n");
      for (int i = 0; i < repositories; i++) {
        projects.append(String.format(Locale.ROOT, "p%05d,https://github.com/o/small%d%n", i, i));
      }
      AtomicFiles.writeString(ws2.sheets().resolve("projects.csv"), projects.toString());
      harvest(ws2, server); // first harvest: one Start per repository
      long before = served.get();
      harvest(ws2, server); // caught up: batched checks only
      rows.add(
          Comparison.alone(
              "harvest",
              "graphql: caught-up requests per 1,000 repositories",
              (served.get() - before) * 1000.0 / repositories,
              "requests"));
    } finally {
      server.stop(0);
    }
    return rows;
  }

  private static Harvester.Result harvest(Workspace ws, HttpServer server) {
    RequestBudget budget = RequestBudget.unlimited();
    GraphQlSettings settings =
        GraphQlSettings.defaults(
            URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/graphql"));
    TokenPool tokens = new TokenPool(List.of(Credential.token("bench", "the bench token")));
    return new Harvester(
            ws,
            List.of(new GraphQlSource(settings, tokens, budget, Sleeper.REAL)),
            budget,
            Clock.systemUTC(),
            () -> false)
        .run(
            new Harvester.Options(
                Harvester.Choice.GRAPHQL,
                Set.of(),
                Shard.ALL,
                RawStore.DEFAULT_SEAL_BYTES,
                true)); // a token is set: auto would route the same way
  }

  /** History of {@code n} commits for {@code o/r}; one commit for every other repository. */
  private static HttpServer server(int n, AtomicLong served) throws IOException {
    System.setProperty("sun.net.httpserver.nodelay", "true"); // see HarvestBench
    HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext(
        "/",
        exchange -> {
          served.incrementAndGet();
          JsonNode request = JSON.readTree(exchange.getRequestBody().readAllBytes());
          String query = request.path("query").asText();
          JsonNode vars = request.path("variables");
          StringBuilder data = new StringBuilder("{\"data\":{");
          if (query.startsWith("query Check")) {
            Matcher m = ALIAS.matcher(query);
            int i = 0;
            while (m.find()) {
              data.append(i == 0 ? "" : ",").append("\"r").append(i++).append("\":{");
              data.append(facts(m.group(1) + "/" + m.group(2)));
              data.append(",\"defaultBranchRef\":{\"name\":\"main\",");
              data.append("\"target\":{\"oid\":\"").append(sha(0)).append("\"}}}");
            }
          } else {
            int size = vars.path("name").asText().equals("r") ? n : 1;
            int from = 0;
            if (vars.hasNonNull("after")) {
              from = Integer.parseInt(vars.get("after").asText()) + 1;
            }
            int to = Math.min(size, from + vars.path("first").asInt());
            StringBuilder history = new StringBuilder("{\"pageInfo\":{\"hasNextPage\":");
            history.append(to < size).append(",\"endCursor\":\"").append(to - 1);
            history.append("\"},\"nodes\":[");
            for (int i = from; i < to; i++) {
              history.append(i == from ? "" : ",").append(commit(i));
            }
            history.append("]}");
            data.append("\"repository\":{");
            if (query.startsWith("query Start")) {
              data.append(facts(vars.path("owner").asText() + "/" + vars.path("name").asText()));
              data.append(",\"defaultBranchRef\":{\"name\":\"main\",\"target\":");
              data.append("{\"oid\":\"").append(sha(0)).append("\",\"history\":");
              data.append(history).append("}}}");
            } else {
              data.append("\"object\":{\"history\":").append(history).append("}}");
            }
          }
          data.append(",\"rateLimit\":{\"cost\":1,\"limit\":1000000,\"remaining\":999999,");
          data.append("\"resetAt\":\"2099-01-01T00:00:00Z\"}}}");
          send(exchange, data.toString());
        });
    server.start();
    return server;
  }

  private static String facts(String name) {
    return "\"nameWithOwner\":\""
        + name
        + "\",\"stargazerCount\":10,\"forkCount\":2,\"isArchived\":false,"
        + "\"isFork\":false,\"createdAt\":\"2020-01-01T00:00:00Z\",\"pushedAt\":"
        + "\"2024-06-01T00:00:00Z\",\"description\":\"d\",\"homepageUrl\":null,"
        + "\"licenseInfo\":{\"spdxId\":\"MIT\"},\"primaryLanguage\":{\"name\":\"Java\"},"
        + "\"repositoryTopics\":{\"nodes\":[]},\"releases\":{\"totalCount\":0,\"nodes\":[]}";
  }

  private static String sha(int i) {
    return String.format(Locale.ROOT, "%032x%08x", 0xbe, i);
  }

  private static String commit(int i) {
    String date = Instant.parse("2024-06-01T00:00:00Z").minusSeconds(600L * i).toString();
    return "{\"oid\":\""
        + sha(i)
        + "\",\"committedDate\":\""
        + date
        + "\",\"author\":{\"name\":\"Dev\",\"email\":\"dev@example.org\",\"date\":\""
        + date
        + "\",\"user\":{\"login\":\"dev\"}},\"committer\":{\"name\":\"Dev\",\"email\":"
        + "\"dev@example.org\",\"date\":\""
        + date
        + "\",\"user\":null},\"parents\":{\"totalCount\":1,\"nodes\":[{\"oid\":\""
        + sha(i + 1)
        + "\"}]},\"additions\":4,\"deletions\":1,\"changedFilesIfAvailable\":1}";
  }

  private static void send(HttpExchange exchange, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().add("Content-Type", "application/json");
    exchange.sendResponseHeaders(200, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }
}
