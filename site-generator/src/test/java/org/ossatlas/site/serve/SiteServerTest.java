package org.ossatlas.site.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Security finding 9: redirects stay on the site's origin and every response has its headers. */
class SiteServerTest {
  @TempDir Path root;
  SiteServer server;
  final HttpClient client =
      HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

  @BeforeEach
  void start() throws IOException {
    Files.createDirectories(root.resolve("projects/a b"));
    Files.writeString(root.resolve("index.html"), "home");
    Files.writeString(root.resolve("projects/a b/index.html"), "a");
    Files.writeString(root.resolve("404.html"), "missing");
    Files.writeString(root.resolve("_headers"), "/*\n  X-Frame-Options: DENY\n");
    server = SiteServer.start(root, 0);
  }

  @AfterEach
  void stop() {
    server.close();
  }

  /** Sends the path exactly as given (no client-side normalisation) and returns the raw reply. */
  private String raw(String method, String path) throws IOException {
    try (Socket socket = new Socket("127.0.0.1", server.uri().getPort())) {
      socket
          .getOutputStream()
          .write(
              (method + " " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
                  .getBytes(StandardCharsets.US_ASCII));
      return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void anEncodedDoubleSlashCannotRedirectToAnotherOrigin() throws IOException {
    String reply = raw("GET", "/%2fevil.example/%2e%2e");
    assertThat(reply).startsWith("HTTP/1.1 301");
    assertThat(location(reply)).isEqualTo("/");
    assertThat(reply).doesNotContain("evil.example");
  }

  @Test
  void aFolderWithoutItsSlashIsRedirectedWithinTheSite() throws Exception {
    HttpResponse<String> r = get("/projects/a%20b");
    assertThat(r.statusCode()).isEqualTo(301);
    assertThat(r.headers().firstValue("Location")).hasValue("/projects/a%20b/");
    assertThat(r.headers().firstValue("X-Frame-Options")).hasValue("DENY");
  }

  @Test
  void notFoundAndMethodNotAllowedCarryTheSiteHeaders() throws Exception {
    HttpResponse<String> missing = get("/nowhere/");
    assertThat(missing.statusCode()).isEqualTo(404);
    assertThat(missing.headers().firstValue("X-Frame-Options")).hasValue("DENY");

    HttpResponse<String> post =
        client.send(
            HttpRequest.newBuilder(server.uri().resolve("/"))
                .POST(HttpRequest.BodyPublishers.noBody())
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(post.statusCode()).isEqualTo(405);
    assertThat(post.headers().firstValue("X-Frame-Options")).hasValue("DENY");
  }

  private HttpResponse<String> get(String path) throws Exception {
    return client.send(
        HttpRequest.newBuilder(URI.create(server.uri() + path.substring(1))).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static String location(String reply) {
    return reply
        .lines()
        .filter(l -> l.toLowerCase(java.util.Locale.ROOT).startsWith("location:"))
        .map(l -> l.substring("location:".length()).strip())
        .findFirst()
        .orElse(null);
  }
}
