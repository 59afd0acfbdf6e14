package org.ossatlas.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ConnectException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ossatlas.common.ExitCode;
import picocli.CommandLine;

/** {@code ossatlas serve --port 0} in a thread, fetched over HTTP, then stopped by interruption. */
class ServeCommandTest {
  static final Pattern URL = Pattern.compile("at (http://127\\.0\\.0\\.1:\\d+/) \\(Ctrl-C");

  @TempDir Path dir;

  @Test
  void servesTheSiteOnAFreePortUntilInterrupted() throws Exception {
    Path site = dir.resolve("out");
    Files.createDirectories(site.resolve("about"));
    Files.writeString(site.resolve("index.html"), "<h1>Atlas home</h1>");
    Files.writeString(site.resolve("about/index.html"), "<h1>About</h1>");
    Files.writeString(site.resolve("404.html"), "<h1>Not here</h1>");
    StringWriter out = new StringWriter();
    CommandLine cli = Main.newCommandLine(Map.of());
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(new StringWriter(), true));
    AtomicInteger exit = new AtomicInteger(-1);
    Thread serving =
        new Thread(() -> exit.set(cli.execute("serve", "--port", "0", "--out", site.toString())));
    serving.start();

    URI base = awaitUrl(out, serving);
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    HttpResponse<String> home = get(http, base.resolve("index.html"));
    assertThat(home.statusCode()).isEqualTo(200);
    assertThat(home.body()).isEqualTo("<h1>Atlas home</h1>");
    assertThat(home.headers().firstValue("Content-Type")).hasValue("text/html; charset=utf-8");
    assertThat(get(http, base.resolve("about/")).body()).isEqualTo("<h1>About</h1>");
    HttpResponse<String> missing = get(http, base.resolve("no-such-page/"));
    assertThat(missing.statusCode()).isEqualTo(404);
    assertThat(missing.body()).isEqualTo("<h1>Not here</h1>");

    serving.interrupt();
    serving.join(10_000);
    assertThat(serving.isAlive()).isFalse();
    assertThat(exit.get()).isEqualTo(ExitCode.OK);
    assertThat(out.toString()).contains("serve: stopped");
    assertThatThrownBy(() -> get(http, base.resolve("index.html")))
        .isInstanceOf(ConnectException.class);
  }

  @Test
  void withoutASiteItSaysToRenderFirst() {
    CommandRun run = CommandRun.of("serve", "--port", "0", "--out", dir.resolve("none").toString());

    assertThat(run.exitCode()).isEqualTo(ExitCode.SOFTWARE);
    assertThat(run.err()).contains("no site in").contains("run `ossatlas render`");
  }

  @Test
  void aBusyPortIsReportedWithAHint() throws IOException {
    Files.createDirectories(dir.resolve("out"));
    Files.writeString(dir.resolve("out/index.html"), "<h1>Atlas</h1>");
    try (ServerSocket busy = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      CommandRun run =
          CommandRun.of(
              "serve",
              "--port",
              String.valueOf(busy.getLocalPort()),
              "--out",
              dir.resolve("out").toString());

      assertThat(run.exitCode()).isEqualTo(ExitCode.SOFTWARE);
      assertThat(run.err())
          .contains("could not listen on 127.0.0.1:" + busy.getLocalPort())
          .contains("choose another --port");
    }
  }

  private static HttpResponse<String> get(HttpClient http, URI uri)
      throws IOException, InterruptedException {
    return http.send(
        HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static URI awaitUrl(StringWriter out, Thread serving) throws InterruptedException {
    for (int i = 0; i < 300; i++) {
      Matcher m = URL.matcher(out.toString());
      if (m.find()) {
        return URI.create(m.group(1));
      }
      assertThat(serving.isAlive()).as("serve ended early: %s", out).isTrue();
      Thread.sleep(50);
    }
    throw new AssertionError("serve printed no URL: " + out);
  }
}
