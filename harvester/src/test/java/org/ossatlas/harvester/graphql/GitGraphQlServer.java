package org.ossatlas.harvester.graphql;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A real HTTP server speaking the part of GitHub's GraphQL API the source uses, answering from real
 * git repositories made by the test: history pages of {@code git log} with {@code --numstat} line
 * counts (merges against their first parent, as GitHub counts them), cursors, {@code since}, the
 * default branch's head, facts, aliases, {@code rateLimit} points per token. Faults are queued
 * ({@link #fault}) or tied to commits ({@link #heavy}): a page holding a heavy commit times out
 * (502) unless it asks for that commit alone.
 */
final class GitGraphQlServer implements AutoCloseable {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern OPERATION = Pattern.compile("query (\\w+)");
  private static final Pattern ALIAS =
      Pattern.compile("(r\\d+): repository\\(owner: \"([^\"]+)\", name: \"([^\"]+)\"\\)");

  /** A canned answer; status 0 drops the connection without answering. */
  record Fault(int status, Map<String, String> headers, String body) {}

  /** One request as the server saw it. */
  record Seen(String operation, String token, int first, boolean stats) {}

  private final HttpServer server;
  private final Map<String, TestRepo> repos = new HashMap<>();
  private final Map<String, String> renamed = new HashMap<>();
  private final Map<String, Long> points = new HashMap<>();
  private final Deque<Fault> faults = new ArrayDeque<>();
  private final Set<String> heavy = new HashSet<>();
  private final Map<String, List<ObjectNode>> logCache = new HashMap<>();
  final List<Seen> seen = Collections.synchronizedList(new ArrayList<>());
  volatile int heavyFailuresAlone;

  /** Added to the next answer's {@code errors}, its data intact: a partial answer. */
  volatile String partialError;

  private final Map<String, Integer> aloneFailures = new HashMap<>();

  GitGraphQlServer() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/", this::handle);
    server.start();
  }

  URI api() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
  }

  URI endpoint() {
    return URI.create(api() + "/graphql");
  }

  GitGraphQlServer repo(String ownerName, TestRepo repo) {
    repos.put(ownerName.toLowerCase(), repo);
    return this;
  }

  /** {@code from} now answers as {@code to} (GitHub follows renames). */
  void rename(String from, String to) {
    renamed.put(from.toLowerCase(), to);
  }

  /** A token and the points it has left (limit 5,000). */
  GitGraphQlServer token(String token, long remaining) {
    points.put(token, remaining);
    return this;
  }

  synchronized void fault(int status, Map<String, String> headers, String body) {
    faults.add(new Fault(status, headers, body));
  }

  /** A commit whose page times out unless asked for alone ({@link #heavyFailuresAlone} times). */
  synchronized void heavy(String sha) {
    heavy.add(sha);
  }

  long requests(String operation) {
    synchronized (seen) {
      return seen.stream()
          .filter(s -> operation == null || s.operation().equals(operation))
          .count();
    }
  }

  /** The GitHub App whose JWTs buy installation tokens, and the tokens it bought. */
  volatile java.security.PublicKey appKey;

  volatile String appId;
  final List<String> installationTokens = Collections.synchronizedList(new ArrayList<>());
  volatile Duration installationTokenLife = Duration.ofHours(1);

  private void handle(HttpExchange exchange) throws IOException {
    if (exchange.getRequestURI().getPath().startsWith("/app/installations/")) {
      try (exchange) {
        installationToken(exchange);
      }
      return;
    }
    try (exchange) {
      JsonNode request = JSON.readTree(exchange.getRequestBody().readAllBytes());
      String query = request.path("query").asText();
      JsonNode vars = request.path("variables");
      Matcher op = OPERATION.matcher(query);
      String operation = op.find() ? op.group(1) : "?";
      String auth = exchange.getRequestHeaders().getFirst("Authorization");
      String token = auth != null && auth.startsWith("Bearer ") ? auth.substring(7) : null;
      boolean stats = query.contains("additions");
      seen.add(new Seen(operation, token, vars.path("first").asInt(0), stats));
      Fault fault;
      synchronized (this) {
        fault = faults.poll();
      }
      if (fault != null) {
        if (fault.status() == 0) {
          exchange.getResponseBody().close(); // no headers, no body: a dropped connection
          return;
        }
        send(exchange, fault.status(), fault.headers(), fault.body());
        return;
      }
      if (token == null || !points.containsKey(token)) {
        send(exchange, 401, Map.of(), "{\"message\":\"Bad credentials\"}");
        return;
      }
      long left;
      synchronized (this) {
        left = points.get(token);
        if (left <= 0) {
          send(
              exchange,
              200,
              rateHeaders(0),
              "{\"errors\":[{\"type\":\"RATE_LIMITED\",\"message\":\"API rate limit exceeded\"}]}");
          return;
        }
        points.put(token, --left);
      }
      ObjectNode data = JSON.createObjectNode();
      ArrayNode errors = JSON.createArrayNode();
      int status = 200;
      switch (operation) {
        case "Start", "Page" -> status = history(operation, vars, stats, data, errors);
        case "Check" -> check(query, data, errors);
        default -> status = 400;
      }
      if (status != 200) {
        send(exchange, status, Map.of(), "<html><body>We couldn't respond in time</body></html>");
        return;
      }
      ObjectNode rate = data.putObject("rateLimit");
      rate.put("cost", 1).put("limit", 5000).put("remaining", left);
      rate.put("resetAt", Instant.now().plusSeconds(3600).toString().replaceAll("\\.\\d+", ""));
      ObjectNode answer = JSON.createObjectNode();
      answer.set("data", data);
      String partial = partialError;
      if (partial != null) {
        partialError = null;
        errors.addObject().put("type", "FORBIDDEN").put("message", partial);
      }
      if (!errors.isEmpty()) {
        answer.set("errors", errors);
      }
      send(exchange, 200, rateHeaders(left), JSON.writeValueAsString(answer));
    }
  }

  /** {@code POST /app/installations/ID/access_tokens}: checks the JWT, mints a token. */
  private void installationToken(HttpExchange exchange) throws IOException {
    String auth = exchange.getRequestHeaders().getFirst("Authorization");
    String[] jwt = auth == null ? new String[0] : auth.substring("Bearer ".length()).split("\\.");
    boolean valid = false;
    if (jwt.length == 3 && appKey != null) {
      try {
        java.security.Signature rsa = java.security.Signature.getInstance("SHA256withRSA");
        rsa.initVerify(appKey);
        rsa.update((jwt[0] + "." + jwt[1]).getBytes(StandardCharsets.US_ASCII));
        JsonNode claims = JSON.readTree(Base64.getUrlDecoder().decode(jwt[1]));
        long now = Instant.now().getEpochSecond();
        valid =
            rsa.verify(Base64.getUrlDecoder().decode(jwt[2]))
                && claims.path("iss").asText().equals(appId)
                && claims.path("iat").asLong() <= now
                && claims.path("exp").asLong() > now
                && claims.path("exp").asLong() - claims.path("iat").asLong() <= 600;
      } catch (java.security.GeneralSecurityException | IllegalArgumentException e) {
        valid = false;
      }
    }
    if (!valid) {
      send(exchange, 401, Map.of(), "{\"message\":\"A JSON web token could not be decoded\"}");
      return;
    }
    String token = "ghs_installation" + installationTokens.size();
    installationTokens.add(token);
    token(token, 5000);
    String expires = Instant.now().plus(installationTokenLife).toString().replaceAll("\\.\\d+", "");
    send(
        exchange,
        201,
        Map.of(),
        "{\"token\":\"" + token + "\",\"expires_at\":\"" + expires + "\"}");
  }

  private int history(
      String operation, JsonNode vars, boolean stats, ObjectNode data, ArrayNode errors) {
    String name = vars.path("owner").asText() + "/" + vars.path("name").asText();
    String actual = renamed.getOrDefault(name.toLowerCase(), name);
    TestRepo repo = repos.get(actual.toLowerCase());
    if (repo == null) {
      data.putNull("repository");
      notFound(errors, "repository", name);
      return 200;
    }
    String since = vars.hasNonNull("since") ? vars.get("since").asText() : null;
    int first = vars.path("first").asInt();
    ObjectNode repoNode = data.putObject("repository");
    ObjectNode history;
    List<ObjectNode> log;
    int from = 0;
    if (operation.equals("Start")) {
      facts(repoNode, actual);
      String head = repo.head();
      log = log(repo, head, since);
      ObjectNode target = repoNode.putObject("defaultBranchRef").put("name", "main");
      target = target.putObject("target").put("oid", head);
      history = target.putObject("history");
    } else {
      String oid = vars.path("oid").asText();
      log = log(repo, oid, since);
      if (vars.hasNonNull("after")) {
        String cursor = new String(Base64.getDecoder().decode(vars.get("after").asText()));
        from = Integer.parseInt(cursor.split(" ")[1]) + 1;
      }
      history = repoNode.putObject("object").putObject("history");
    }
    int to = Math.min(log.size(), from + first);
    if (stats) {
      for (int i = from; i < to; i++) {
        String sha = log.get(i).path("oid").asText();
        if (heavy.contains(sha)) {
          if (to - from > 1) {
            return 502;
          }
          int failures = aloneFailures.merge(sha, 1, Integer::sum);
          if (failures <= heavyFailuresAlone) {
            return 504;
          }
        }
      }
    }
    ArrayNode nodes = history.putArray("nodes");
    for (int i = from; i < to; i++) {
      ObjectNode node = log.get(i).deepCopy();
      if (!stats) {
        node.remove(List.of("additions", "deletions", "changedFilesIfAvailable"));
      }
      nodes.add(node);
    }
    ObjectNode pageInfo = history.putObject("pageInfo");
    pageInfo.put("hasNextPage", to < log.size());
    if (to > from) {
      String cursor = log.get(to - 1).path("oid").asText() + " " + (to - 1);
      pageInfo.put("endCursor", Base64.getEncoder().encodeToString(cursor.getBytes()));
    } else {
      pageInfo.putNull("endCursor");
    }
    return 200;
  }

  private void check(String query, ObjectNode data, ArrayNode errors) {
    Matcher m = ALIAS.matcher(query);
    while (m.find()) {
      String name = m.group(2) + "/" + m.group(3);
      String actual = renamed.getOrDefault(name.toLowerCase(), name);
      TestRepo repo = repos.get(actual.toLowerCase());
      if (repo == null) {
        data.putNull(m.group(1));
        notFound(errors, m.group(1), name);
        continue;
      }
      ObjectNode node = data.putObject(m.group(1));
      facts(node, actual);
      node.putObject("defaultBranchRef")
          .put("name", "main")
          .putObject("target")
          .put("oid", repo.head());
    }
  }

  private static void notFound(ArrayNode errors, String path, String name) {
    ObjectNode error = errors.addObject();
    error.put("type", "NOT_FOUND");
    error.putArray("path").add(path);
    error.put("message", "Could not resolve to a Repository with the name '" + name + "'.");
  }

  private static void facts(ObjectNode repo, String name) {
    repo.put("nameWithOwner", name);
    repo.put("stargazerCount", 1234).put("forkCount", 56);
    repo.put("isArchived", name.contains("old")).put("isFork", false);
    repo.put("createdAt", "2019-01-02T03:04:05Z").put("pushedAt", "2024-05-06T07:08:09Z");
    repo.put("description", "A \"quoted\", multi-line\ndescription").put("homepageUrl", "");
    repo.putObject("licenseInfo").put("spdxId", "Apache-2.0");
    repo.putObject("primaryLanguage").put("name", "Java");
    ArrayNode topics = repo.putObject("repositoryTopics").putArray("nodes");
    topics.addObject().putObject("topic").put("name", "data");
    topics.addObject().putObject("topic").put("name", "graphs");
    ObjectNode releases = repo.putObject("releases").put("totalCount", 7);
    releases
        .putArray("nodes")
        .addObject()
        .put("tagName", "v1.2.0")
        .put("name", "One two")
        .put("publishedAt", "2024-04-01T10:00:00Z");
  }

  private static Map<String, String> rateHeaders(long left) {
    Map<String, String> h = new LinkedHashMap<>();
    h.put("X-RateLimit-Limit", "5000");
    h.put("X-RateLimit-Remaining", Long.toString(left));
    h.put("X-RateLimit-Reset", Long.toString(Instant.now().plusSeconds(3600).getEpochSecond()));
    h.put("X-RateLimit-Resource", "graphql");
    return h;
  }

  /** {@code git log} from {@code oid}, newest first, as GitHub's commit nodes. */
  private synchronized List<ObjectNode> log(TestRepo repo, String oid, String since) {
    String key = repo.dir + " " + oid + " " + since;
    List<ObjectNode> cached = logCache.get(key);
    if (cached != null) {
      return cached;
    }
    List<String> args = new ArrayList<>(List.of("log", "--numstat", "--diff-merges=first-parent"));
    args.add("--format=@%H%x00%P%x00%an%x00%ae%x00%aI%x00%cn%x00%ce%x00%cI");
    if (since != null) {
      args.add("--since=" + since);
    }
    args.add(oid);
    List<ObjectNode> nodes = new ArrayList<>();
    ObjectNode current = null;
    for (String line : repo.git(args.toArray(String[]::new)).split("\n")) {
      if (line.startsWith("@")) {
        String[] f = line.substring(1).split("\u0000", -1);
        current = JSON.createObjectNode();
        current.put("oid", f[0]).put("committedDate", f[7]);
        ObjectNode author = current.putObject("author");
        author.put("name", f[2]).put("email", f[3]).put("date", f[4]);
        if (f[2].endsWith("[bot]")) {
          author.putObject("user").put("login", f[2]);
        } else {
          author.putNull("user");
        }
        ObjectNode committer = current.putObject("committer");
        committer.put("name", f[5]).put("email", f[6]).put("date", f[7]).putNull("user");
        String[] parents = f[1].isBlank() ? new String[0] : f[1].split(" ");
        ObjectNode p = current.putObject("parents").put("totalCount", parents.length);
        ArrayNode pn = p.putArray("nodes");
        for (int i = 0; i < Math.min(2, parents.length); i++) {
          pn.addObject().put("oid", parents[i]);
        }
        current.put("additions", 0).put("deletions", 0).put("changedFilesIfAvailable", 0);
        nodes.add(current);
      } else if (!line.isBlank() && current != null) {
        String[] parts = line.split("\t");
        current.put("additions", current.get("additions").asInt() + Integer.parseInt(parts[0]));
        current.put("deletions", current.get("deletions").asInt() + Integer.parseInt(parts[1]));
        current.put("changedFilesIfAvailable", current.get("changedFilesIfAvailable").asInt() + 1);
      }
    }
    logCache.put(key, nodes);
    return nodes;
  }

  private static void send(
      HttpExchange exchange, int status, Map<String, String> headers, String body)
      throws IOException {
    headers.forEach((k, v) -> exchange.getResponseHeaders().add(k, v));
    exchange.getResponseHeaders().add("Content-Type", "application/json");
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
