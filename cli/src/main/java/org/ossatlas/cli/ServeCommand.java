package org.ossatlas.cli;

import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import org.ossatlas.common.AtlasException;
import org.ossatlas.common.ExitCode;
import org.ossatlas.site.serve.SiteServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Preview the rendered site on localhost. */
@Command(
    name = "serve",
    description = {
      "Preview OUT on http://127.0.0.1:PORT/ the way the static host serves it (folder indexes,"
          + " 404 page, the headers of _headers). Runs until Ctrl-C.",
      "Links are relative, so the preview works whatever --base-url the site was rendered with."
    })
final class ServeCommand extends AtlasSubcommand {
  @Option(
      names = "--port",
      paramLabel = "PORT",
      defaultValue = "8000",
      description = "Port on 127.0.0.1 (default: ${DEFAULT-VALUE}; 0 picks a free one).")
  int port;

  @Override
  public Integer call() {
    if (port < 0 || port > 65535) {
      throw AtlasException.usage("--port must be between 0 and 65535 (got " + port + ")");
    }
    Path root = workspace().out();
    if (!Files.isRegularFile(root.resolve("index.html"))) {
      throw new AtlasException(
          ExitCode.SOFTWARE,
          "no site in " + root + ": run `ossatlas render` (or `make site`) first");
    }
    SiteServer server;
    try {
      server = SiteServer.start(root, port);
    } catch (UncheckedIOException e) {
      throw new AtlasException(
          ExitCode.SOFTWARE,
          e.getMessage()
              + " ("
              + e.getCause().getMessage()
              + "); choose another --port, 0 picks a free one",
          e);
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Thread hook =
        new Thread(
            () -> {
              server.close();
              stopped.countDown();
            },
            "ossatlas-serve-shutdown");
    Runtime.getRuntime().addShutdownHook(hook);
    try (server) {
      out().println("serve: " + root + " at " + server.uri() + " (Ctrl-C to stop)");
      out().flush();
      stopped.await();
    } catch (InterruptedException e) {
      // Stopped by the caller (a test, an embedding program) rather than by Ctrl-C.
      Thread.currentThread().interrupt();
    } finally {
      removeHook(hook);
    }
    out().println("serve: stopped");
    out().flush();
    return ExitCode.OK;
  }

  private static void removeHook(Thread hook) {
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException shuttingDown) {
      // Ctrl-C: the hook is running or has run.
    }
  }
}
