package org.ossatlas.harvester.github;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A WireMock server speaking the GitHub REST shapes the source uses: the repository object, commit
 * listings of 100 with {@code Link} headers (pinned pages, as the source asks for them), commit
 * details with stats and files, ETags and rate-limit headers.
 */
final class FakeGitHub implements AutoCloseable {
  static final Instant NEWEST = Instant.parse("2024-05-01T12:00:00Z");
  final WireMockServer server;

  FakeGitHub() {
    server = new WireMockServer(WireMockConfiguration.options().dynamicPort());
    server.start();
  }

  String base() {
    return "http://localhost:" + server.port();
  }

  /** SHA of commit {@code i} (0 = newest) of a repository. */
  static String sha(String repo, int i) {
    return String.format(Locale.ROOT, "%08x%032x", Math.abs(repo.hashCode()), i);
  }

  static Instant date(int i) {
    return NEWEST.minus(Duration.ofHours(i));
  }

  static String commitJson(String base, String repo, int i, boolean detail) {
    String sha = sha(repo, i);
    String when = date(i).toString();
    StringBuilder s = new StringBuilder();
    s.append("{\"sha\":\"").append(sha).append("\",\"node_id\":\"C_").append(i).append("\",");
    s.append("\"commit\":{\"author\":{\"name\":\"Dev ").append(i % 7);
    s.append("\",\"email\":\"dev").append(i % 7).append("@example.org\",\"date\":\"").append(when);
    s.append("\"},\"committer\":{\"name\":\"GitHub\",\"email\":\"noreply@github.com\",\"date\":\"");
    s.append(when).append("\"},\"message\":\"Change ").append(i).append("\",\"tree\":{\"sha\":\"");
    s.append(sha).append("\"},\"comment_count\":0},");
    s.append("\"url\":\"").append(base).append("/repos/").append(repo).append("/commits/");
    s.append(sha).append("\",\"author\":{\"login\":\"dev").append(i % 7).append("\",\"id\":");
    s.append(i % 7).append(",\"type\":\"User\"},\"committer\":{\"login\":\"web-flow\"},");
    s.append("\"parents\":[");
    if (i + 1 < Integer.MAX_VALUE) {
      s.append("{\"sha\":\"").append(sha(repo, i + 1)).append("\"}");
    }
    s.append("]");
    if (detail) {
      s.append(",\"stats\":{\"total\":").append(i % 13 + 2).append(",\"additions\":");
      s.append(i % 11 + 1).append(",\"deletions\":").append(i % 2 + 1).append("},\"files\":[");
      s.append("{\"sha\":\"").append(sha).append("\",\"filename\":\"src/f").append(i % 5);
      s.append(".txt\",\"status\":\"modified\",\"additions\":").append(i % 11 + 1);
      s.append(",\"deletions\":").append(i % 2 + 1).append(",\"changes\":").append(i % 13 + 2);
      s.append("}]");
    }
    return s.append("}").toString();
  }

  static String page(String base, String repo, int from, int to) {
    List<String> items = new ArrayList<>();
    for (int i = from; i < to; i++) {
      items.add(commitJson(base, repo, i, false));
    }
    return "[" + String.join(",", items) + "]";
  }

  static ResponseDefinitionBuilder json(String body) {
    return aResponse()
        .withStatus(200)
        .withHeader("Content-Type", "application/json; charset=utf-8")
        .withHeader("X-RateLimit-Limit", "5000")
        .withHeader("X-RateLimit-Remaining", "4000")
        .withHeader("X-RateLimit-Reset", String.valueOf(Instant.now().getEpochSecond() + 3600))
        .withHeader("Server", "GitHub.com")
        .withBody(body);
  }

  static ResponseDefinitionBuilder notModified() {
    return aResponse().withStatus(304).withHeader("X-RateLimit-Remaining", "4000");
  }

  String repoJson(String fullName) {
    return "{\"id\":"
        + Math.abs(fullName.hashCode())
        + ",\"name\":\""
        + fullName.substring(fullName.indexOf('/') + 1)
        + "\",\"full_name\":\""
        + fullName
        + "\",\"private\":false,\"default_branch\":\"main\",\"html_url\":\"https://github.com/"
        + fullName
        + "\"}";
  }

  /**
   * A repository of {@code n} commits: the repo object (ETag, 304 on match), the listing in pages
   * of 100 with pinned Link URLs, the incremental listing any {@code since} asks for (the 30 newest
   * commits, ETag, 304 on match), and every commit's detail.
   */
  void repository(String repo, int n) {
    server.stubFor(
        get(urlEqualTo("/repos/" + repo))
            .willReturn(json(repoJson(repo)).withHeader("ETag", "\"repo-" + repo + "\"")));
    server.stubFor(
        get(urlEqualTo("/repos/" + repo))
            .withHeader("If-None-Match", equalTo("\"repo-" + repo + "\""))
            .atPriority(1)
            .willReturn(notModified()));
    String head = sha(repo, 0);
    int pages = Math.max(1, (n + 99) / 100);
    for (int p = 1; p <= pages; p++) {
      String url =
          "/repos/"
              + repo
              + "/commits?per_page=100"
              + (p == 1 ? "" : "&page=" + p + "&sha=" + head);
      ResponseDefinitionBuilder response =
          json(page(base(), repo, (p - 1) * 100, Math.min(n, p * 100)));
      if (p < pages) {
        response.withHeader(
            "Link",
            "<"
                + base()
                + "/repos/"
                + repo
                + "/commits?per_page=100&page="
                + (p + 1)
                + ">; rel=\"next\", <"
                + base()
                + "/repos/"
                + repo
                + "/commits?per_page=100&page="
                + pages
                + ">; rel=\"last\"");
      }
      if (p == 1) {
        response.withHeader("ETag", "W/\"list-" + repo + "\"");
        server.stubFor(
            get(urlEqualTo(url))
                .withHeader("If-None-Match", equalTo("W/\"list-" + repo + "\""))
                .atPriority(1)
                .willReturn(notModified()));
      }
      server.stubFor(get(urlEqualTo(url)).willReturn(response));
    }
    String since =
        "/repos/" + repo + "/commits?per_page=100&since=" + date(0).minus(Duration.ofDays(7));
    server.stubFor(
        get(urlEqualTo(since))
            .willReturn(
                json(page(base(), repo, 0, Math.min(n, 30)))
                    .withHeader("ETag", "W/\"since-" + repo + "\"")));
    server.stubFor(
        get(urlEqualTo(since))
            .withHeader("If-None-Match", equalTo("W/\"since-" + repo + "\""))
            .atPriority(1)
            .willReturn(notModified()));
    for (int i = 0; i < n; i++) {
      server.stubFor(
          get(urlEqualTo("/repos/" + repo + "/commits/" + sha(repo, i)))
              .willReturn(json(commitJson(base(), repo, i, true))));
    }
  }

  /** Requests received for exactly this path and query. */
  long count(String pathAndQuery) {
    return server.getAllServeEvents().stream()
        .filter(e -> e.getRequest().getUrl().equals(pathAndQuery))
        .count();
  }

  List<ServeEvent> events() {
    List<ServeEvent> events = new ArrayList<>(server.getAllServeEvents());
    java.util.Collections.reverse(events); // oldest first
    return events;
  }

  @Override
  public void close() {
    server.stop();
  }
}
