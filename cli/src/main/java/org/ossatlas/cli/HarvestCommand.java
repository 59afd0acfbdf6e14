package org.ossatlas.cli;

import java.net.URI;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.ossatlas.common.AtlasException;
import org.ossatlas.common.TokenTransport;
import org.ossatlas.harvester.Harvester;
import org.ossatlas.harvester.RequestBudget;
import org.ossatlas.harvester.Shard;
import org.ossatlas.harvester.Sleeper;
import org.ossatlas.harvester.Source;
import org.ossatlas.harvester.git.GitSource;
import org.ossatlas.harvester.github.GitHubSettings;
import org.ossatlas.harvester.github.GitHubSource;
import org.ossatlas.harvester.graphql.Credentials;
import org.ossatlas.harvester.graphql.GraphQlEndpoint;
import org.ossatlas.harvester.graphql.GraphQlSettings;
import org.ossatlas.harvester.graphql.GraphQlSource;
import org.ossatlas.harvester.graphql.TokenPool;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/** Fetch new commits for every project in the sheets, within a request budget. */
@Command(
    name = "harvest",
    description = {
      "Fetch new commits for every project in the sheets, within a request budget.",
      "Everything received is kept verbatim in DATA/raw/, checkpoints in DATA/state/; a run"
          + " stopped or killed at any point resumes where it left off. Identities come from the"
          + " environment only: GITHUB_TOKENS, GITHUB_TOKEN_FILE, GITHUB_TOKEN or a GitHub App"
          + " (without any, REST at 60 requests an hour). See docs/harvest.md.",
      "Exit: 0 every repository caught up (failed ones are listed as warnings);"
          + " 75 stopped at the budget or a rate limit with work left, or another harvest holds"
          + " the lock: run again later."
    })
final class HarvestCommand extends AtlasSubcommand {
  @Option(
      names = "--max-requests",
      paramLabel = "N",
      defaultValue = "4000",
      description =
          "Requests this run may spend, over all projects (default: ${DEFAULT-VALUE});"
              + " 304 Not Modified answers are free.")
  long maxRequests;

  @Option(
      names = "--source",
      paramLabel = "auto|graphql|rest|git",
      defaultValue = "auto",
      converter = SourceConverter.class,
      description =
          "Where commits come from (default: ${DEFAULT-VALUE}:"
              + " https://github.com/OWNER/NAME through GitHub's GraphQL API when a token is set"
              + " (GITHUB_TOKEN, GITHUB_TOKENS, GITHUB_TOKEN_FILE or a GitHub App), through a git"
              + " clone when none is; a git clone for any other URL, including"
              + " https://github.com/OWNER/NAME.git). rest (also: github) keeps the REST path;"
              + " graphql needs a token. `ossatlas status` shows each project's source and why.")
  Harvester.Choice source;

  /** {@code --source}: the choices, and {@code rest} for {@code github} (its older name). */
  static final class SourceConverter implements ITypeConverter<Harvester.Choice> {
    @Override
    public Harvester.Choice convert(String text) {
      try {
        return Harvester.Choice.parse(text);
      } catch (AtlasException e) {
        throw new TypeConversionException("expected auto, graphql, rest or git");
      }
    }
  }

  @Option(
      names = "--api-url",
      paramLabel = "URL",
      defaultValue = "https://api.github.com",
      converter = OptionConverters.HttpUrlConverter.class,
      description =
          "GitHub REST root (default: ${DEFAULT-VALUE}); GitHub Enterprise:"
              + " https://HOST/api/v3.")
  URI apiUrl;

  @Option(
      names = "--graphql-url",
      paramLabel = "URL",
      converter = OptionConverters.HttpUrlConverter.class,
      description =
          "GitHub GraphQL endpoint (default: derived from --api-url: https://api.github.com/graphql;"
              + " https://HOST/api/graphql for https://HOST/api/v3; else API-URL/graphql).")
  URI graphqlUrl;

  @Option(
      names = "--no-stats",
      description = "Skip commit details (no line counts), 100x fewer requests.")
  boolean noStats;

  @Option(
      names = "--wait-for-reset",
      description = "Sleep until the rate limit resets instead of stopping with exit 75.")
  boolean waitForReset;

  @Option(
      names = "--raw-file-size",
      paramLabel = "SIZE",
      defaultValue = "16MiB",
      converter = OptionConverters.SizeConverter.class,
      description =
          "Seal a raw file once it reaches this compressed size (default: ${DEFAULT-VALUE});"
              + " a number of bytes, or with a unit: k, m, g (also KiB, MB, ...).")
  long rawFileSize;

  @Option(
      names = "--only",
      paramLabel = "PROJECT",
      split = ",",
      description = "Harvest only these project ids.")
  List<String> only = new ArrayList<>();

  @Option(
      names = "--shard",
      paramLabel = "i/n",
      defaultValue = "1/1",
      converter = OptionConverters.ShardConverter.class,
      description =
          "Harvest only the projects of shard i of n (stable CRC-32 of the project id);"
              + " for splitting projects across hosts or tokens.")
  Shard shard;

  @Option(
      names = "--allow-http-token",
      description =
          "Send the token over a plain http:// --api-url to a host other than this machine"
              + " (refused otherwise: anyone on the path could read it).")
  boolean allowHttpToken;

  @Option(
      names = "--first-parent",
      description =
          "Git source: walk first parents only, as git log --first-parent (one commit per merged"
              + " pull request on a merge-based project). Changing it stores every commit again;"
              + " compaction keeps one of each.")
  boolean firstParent;

  @Option(
      names = "--diff-threads",
      paramLabel = "N",
      description =
          "Git source: threads computing line counts (default: the number of cores,"
              + " ${DEFAULT-VALUE} here).")
  int diffThreads = Runtime.getRuntime().availableProcessors();

  /** Where identities come from: the environment only (flags land in shell history). */
  private static final List<String> IDENTITY_VARIABLES =
      List.of(
          "GITHUB_TOKENS",
          "GITHUB_TOKEN_FILE",
          "GITHUB_TOKEN",
          "GITHUB_APP_ID",
          "GITHUB_APP_PRIVATE_KEY_FILE",
          "GITHUB_APP_INSTALLATION_ID");

  /**
   * The sources this build offers: GitHub's GraphQL API (only when there is a token: GraphQL needs
   * one), its REST API and git clones (full history).
   */
  List<Source> sources(
      GitHubSettings settings, GraphQlSettings graphql, TokenPool tokens, RequestBudget budget) {
    if (diffThreads < 1) {
      throw AtlasException.usage("--diff-threads must be at least 1: " + diffThreads);
    }
    List<Source> sources = new ArrayList<>();
    if (!tokens.isEmpty()) {
      sources.add(new GraphQlSource(graphql, tokens, budget, Sleeper.REAL));
    }
    sources.add(new GitHubSource(settings, budget, Sleeper.REAL));
    sources.add(new GitSource(firstParent, GitSource.DEFAULT_BATCH, diffThreads));
    return sources;
  }

  private static Optional<String> firstToken(String tokens) {
    if (tokens == null) {
      return Optional.empty();
    }
    return Arrays.stream(tokens.split(","))
        .map(String::strip)
        .filter(t -> !t.isEmpty())
        .findFirst();
  }

  @Override
  public Integer call() {
    if (maxRequests < 0) {
      throw AtlasException.usage("--max-requests must not be negative: " + maxRequests);
    }
    Map<String, String> identities = new HashMap<>();
    for (String name : IDENTITY_VARIABLES) {
      String value = env(name);
      if (value != null && !value.isBlank()) {
        identities.put(name, value);
      }
    }
    TokenPool tokens =
        new TokenPool(Credentials.fromEnvironment(identities, apiUrl, Clock.systemUTC()));
    // REST keeps one token: GITHUB_TOKEN, else the first of GITHUB_TOKENS.
    Optional<String> token =
        Optional.ofNullable(env("GITHUB_TOKEN"))
            .filter(t -> !t.isBlank())
            .or(() -> firstToken(env("GITHUB_TOKENS")));
    TokenTransport.check(apiUrl, token.isPresent(), allowHttpToken, "--allow-http-token");
    GitHubSettings settings =
        GitHubSettings.defaults(apiUrl, token).withStats(!noStats).withWaitForReset(waitForReset);
    GraphQlSettings graphql =
        GraphQlSettings.defaults(
                GraphQlEndpoint.derive(apiUrl, graphqlUrl == null ? null : graphqlUrl.toString()))
            .withWaitForReset(waitForReset);
    TokenTransport.check(
        graphql.endpoint(), !tokens.isEmpty(), allowHttpToken, "--allow-http-token");
    RequestBudget budget = new RequestBudget(maxRequests);
    AtomicBoolean interrupted = new AtomicBoolean();
    CountDownLatch finished = new CountDownLatch(1);
    Thread hook =
        new Thread(
            () -> windDown(interrupted, budget, finished, Main.EXIT_CODE), "harvest-shutdown");
    Runtime.getRuntime().addShutdownHook(hook);
    try {
      Harvester harvester =
          new Harvester(
              workspace(),
              sources(settings, graphql, tokens, budget),
              budget,
              Clock.systemUTC(),
              interrupted::get);
      Harvester.Result result =
          harvester.run(
              new Harvester.Options(
                  source, new LinkedHashSet<>(only), shard, rawFileSize, !tokens.isEmpty()));
      HarvestSummary.lines(result, budget).forEach(out()::println);
      out().flush();
      return result.exitCode();
    } finally {
      finished.countDown();
      try {
        Runtime.getRuntime().removeShutdownHook(hook);
      } catch (IllegalStateException shuttingDown) {
        // The hook is running: it has what it waits for.
      }
    }
  }

  /**
   * The shutdown hook's work on Ctrl-C or SIGTERM: ask the harvest to stop, give the current step
   * up to 30 s to checkpoint, then end the process with the harvest's own exit code (75 when work
   * is left) rather than the signal's 130/143, so that {@code make harvest} and cron see a clean
   * stop. That takes {@link Runtime#halt}: the JVM is already shutting down on the signal, and the
   * {@code System.exit} that {@link Main#main} then calls blocks on the shutdown lock for good.
   * Halting skips the hooks that have not run yet; the harvest has checkpointed, and the output is
   * flushed first. When the harvest does not finish in time, or its exit code never comes (the
   * command ran inside a test, not from {@code main}), the hook returns and the JVM exits with the
   * signal's code.
   */
  private static void windDown(
      AtomicBoolean interrupted,
      RequestBudget budget,
      CountDownLatch finished,
      CompletableFuture<Integer> exitCode) {
    interrupted.set(true);
    budget.stop("interrupted (Ctrl-C or SIGTERM)");
    int code;
    try {
      if (!finished.await(30, TimeUnit.SECONDS)) {
        return; // the current step did not wind down in time
      }
      code = exitCode.get(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return;
    } catch (ExecutionException | TimeoutException e) {
      return;
    }
    System.out.flush();
    System.err.flush();
    Runtime.getRuntime().halt(code);
  }
}
