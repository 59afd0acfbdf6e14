package org.ossatlas.harvester.github;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ossatlas.common.ExitCode;
import org.ossatlas.common.Workspace;
import org.ossatlas.harvester.HarvestContext;
import org.ossatlas.harvester.HarvestTarget;
import org.ossatlas.harvester.Harvester;
import org.ossatlas.harvester.RequestBudget;
import org.ossatlas.harvester.Sleeper;
import org.ossatlas.harvester.TargetOutcome;
import org.ossatlas.harvester.raw.RawFiles;
import org.ossatlas.harvester.raw.RawRecord;
import org.ossatlas.harvester.raw.RawStore;

class GitHubSourceTest {
  @TempDir Path dir;
  FakeGitHub github;
  final List<Duration> slept = new ArrayList<>();
  final Sleeper sleeper = slept::add;

  @BeforeEach
  void start() {
    github = new FakeGitHub();
  }

  @AfterEach
  void stop() {
    github.close();
  }

  GitHubSettings settings() {
    return GitHubSettings.defaults(java.net.URI.create(github.base()), Optional.empty());
  }

  Workspace workspace() {
    return new Workspace(dir.resolve("sheets"), dir.resolve("data"), dir.resolve("site"));
  }

  void projects(String... rows) throws IOException {
    Files.createDirectories(workspace().sheets());
    Files.writeString(
        workspace().sheets().resolve("projects.csv"),
        "id,name,repo,categories,homepage,description\n" + String.join("\n", rows) + "\n");
  }

  Harvester.Result harvest(long maxRequests, GitHubSettings settings) {
    RequestBudget budget = new RequestBudget(maxRequests);
    GitHubSource source = new GitHubSource(settings, budget, sleeper);
    return new Harvester(workspace(), List.of(source), budget, Clock.systemUTC(), () -> false)
        .run(Harvester.Options.defaults());
  }

  TargetOutcome harvestOne(String project, String repo, GitHubSettings settings, long max) {
    RequestBudget budget = new RequestBudget(max);
    GitHubSource source = new GitHubSource(settings, budget, sleeper);
    HarvestContext context =
        new HarvestContext(
            new RawStore(workspace().raw()),
            workspace().state(),
            workspace().gitClones(),
            Clock.systemUTC(),
            budget::stopRequested);
    return source.harvest(new HarvestTarget(project, "https://github.com/" + repo), context);
  }

  List<RawRecord> raw(String project) {
    List<RawRecord> records = new ArrayList<>();
    for (Path file : new RawStore(workspace().raw()).files(project)) {
      RawFiles.read(file, records::add);
    }
    return records;
  }

  /** SHAs in the stored listing pages, with how often each was stored. */
  static Map<String, Integer> listedShas(List<RawRecord> records) throws IOException {
    Map<String, Integer> shas = new HashMap<>();
    for (RawRecord r : records) {
      if (r.kind().equals("commits") && r.status() == 200) {
        for (JsonNode c : new ObjectMapper().readTree(r.body())) {
          shas.merge(c.path("sha").asText(), 1, Integer::sum);
        }
      }
    }
    return shas;
  }

  JsonNode checkpoint(String project) throws IOException {
    return new ObjectMapper()
        .readTree(workspace().state().resolve("github").resolve(project + ".json").toFile());
  }

  @Test
  void firstHarvestStoresEveryPageAndDetailVerbatimAndIsCaughtUp() throws IOException {
    github.repository("apache/demo", 250);
    TargetOutcome outcome = harvestOne("demo", "apache/demo", settings(), Long.MAX_VALUE);

    assertThat(outcome.status()).isEqualTo(TargetOutcome.Status.CAUGHT_UP);
    assertThat(outcome.newCommits()).isEqualTo(250);
    List<RawRecord> records = raw("demo");
    assertThat(records).filteredOn(r -> r.kind().equals("repo")).hasSize(1);
    assertThat(records.get(0).body()).isEqualTo(github.repoJson("apache/demo"));
    assertThat(records.get(0).headers()).containsEntry("etag", "\"repo-apache/demo\"");
    assertThat(records.get(0).headers()).containsKey("x-ratelimit-remaining");
    assertThat(records.get(0).headers()).doesNotContainKeys("server", "content-type");
    // 3 walk pages, then the incremental listing the next run will ask for (its ETag makes the
    // next run free).
    assertThat(records).filteredOn(r -> r.kind().equals("commits")).hasSize(4);
    assertThat(records).filteredOn(r -> r.kind().equals("commit")).hasSize(250);
    RawRecord detail =
        records.stream().filter(r -> r.kind().equals("commit")).findFirst().orElseThrow();
    assertThat(detail.body()).contains("\"stats\":{").contains("\"files\":[");
    assertThat(listedShas(records)).hasSize(250);
    assertThat(
            github.count(
                "/repos/apache/demo/commits?per_page=100&page=2&sha="
                    + FakeGitHub.sha("apache/demo", 0)))
        .isEqualTo(1);
    assertThat(github.count("/repos/apache/demo/commits/" + FakeGitHub.sha("apache/demo", 249)))
        .isEqualTo(1);

    JsonNode cp = checkpoint("demo");
    List<String> names = new ArrayList<>();
    cp.fieldNames().forEachRemaining(names::add);
    assertThat(names.subList(0, 7))
        .containsExactly(
            "format_version",
            "project",
            "source",
            "status",
            "updated_at",
            "detail",
            "commits_stored");
    assertThat(cp.path("format_version").asInt()).isEqualTo(1);
    assertThat(cp.path("status").asText()).isEqualTo("caught_up");
    assertThat(cp.path("commits_stored").asLong()).isEqualTo(250);
    assertThat(cp.path("since").asText())
        .isEqualTo(FakeGitHub.NEWEST.minus(Duration.ofDays(7)).toString());
    assertThat(cp.has("walk")).isFalse();
  }

  @Test
  void caughtUpRerunSpendsOnlyNotModifiedAnswers() throws IOException {
    github.repository("o/r", 120);
    harvestOne("r", "o/r", settings(), Long.MAX_VALUE);
    int before = github.events().size();

    RequestBudget budget = new RequestBudget(Long.MAX_VALUE);
    GitHubSource source = new GitHubSource(settings(), budget, sleeper);
    HarvestContext context =
        new HarvestContext(
            new RawStore(workspace().raw()),
            workspace().state(),
            workspace().gitClones(),
            Clock.systemUTC(),
            budget::stopRequested);
    TargetOutcome again = source.harvest(new HarvestTarget("r", "https://github.com/o/r"), context);

    assertThat(again.status()).isEqualTo(TargetOutcome.Status.CAUGHT_UP);
    assertThat(again.newCommits()).isZero();
    var rerun = github.events().subList(before, github.events().size());
    assertThat(rerun).hasSize(2);
    assertThat(rerun).allSatisfy(e -> assertThat(e.getResponse().getStatus()).isEqualTo(304));
    assertThat(budget.charged()).isZero();
    assertThat(budget.notModified()).isEqualTo(2);
    github.server.verify(
        getRequestedFor(urlEqualTo("/repos/o/r"))
            .withHeader("If-None-Match", equalTo("\"repo-o/r\"")));
  }

  @Test
  void budgetExhaustionStopsWithWorkLeftAndTheRerunContinuesWithoutRefetching() throws IOException {
    github.repository("o/big", 250);
    projects("big,Big,https://github.com/o/big,x,,");

    Harvester.Result first = harvest(2, settings());
    assertThat(first.exitCode()).isEqualTo(ExitCode.TEMP_FAIL);
    assertThat(first.outcomes().get(0).status()).isEqualTo(TargetOutcome.Status.WORK_LEFT);
    assertThat(first.outcomes().get(0).detail()).contains("request budget of 2 spent");
    assertThat(checkpoint("big").path("status").asText()).isEqualTo("work_left");

    Harvester.Result second = harvest(50, settings());
    assertThat(second.exitCode()).isEqualTo(ExitCode.TEMP_FAIL);
    Harvester.Result third = harvest(1000, settings());
    assertThat(third.exitCode()).isEqualTo(ExitCode.OK);

    String head = FakeGitHub.sha("o/big", 0);
    assertThat(github.count("/repos/o/big/commits?per_page=100")).isEqualTo(1);
    assertThat(github.count("/repos/o/big/commits?per_page=100&page=2&sha=" + head)).isEqualTo(1);
    assertThat(github.count("/repos/o/big/commits?per_page=100&page=3&sha=" + head)).isEqualTo(1);
    for (int i = 0; i < 250; i++) {
      assertThat(github.count("/repos/o/big/commits/" + FakeGitHub.sha("o/big", i))).isEqualTo(1);
    }
    List<RawRecord> records = raw("big");
    Map<String, Integer> walked =
        listedShas(records.stream().filter(r -> !r.url().contains("since=")).toList());
    assertThat(walked).hasSize(250).allSatisfy((sha, n) -> assertThat(n).isEqualTo(1));
    assertThat(records).filteredOn(r -> r.kind().equals("commit")).hasSize(250);
    assertThat(checkpoint("big").path("commits_stored").asLong()).isEqualTo(250);
  }

  @Test
  void aKillAfterTheAppendBeforeTheCheckpointIsReconciledFromTheLastRecord() throws IOException {
    github.repository("o/k", 250);
    projects("k,K,https://github.com/o/k,x,,");
    harvest(2, settings()); // repo + page 1
    Path cp = workspace().state().resolve("github/k.json");
    Path saved = dir.resolve("k.json.before");
    Files.copy(cp, saved);
    harvest(1, settings()); // page 2, stored and checkpointed
    // The kill: page 2 is in the raw store but its checkpoint never made it.
    Files.copy(saved, cp, StandardCopyOption.REPLACE_EXISTING);

    Harvester.Result result = harvest(10_000, settings());

    assertThat(result.exitCode()).isEqualTo(ExitCode.OK);
    String head = FakeGitHub.sha("o/k", 0);
    assertThat(github.count("/repos/o/k/commits?per_page=100&page=2&sha=" + head)).isEqualTo(1);
    for (int i = 0; i < 250; i++) {
      assertThat(github.count("/repos/o/k/commits/" + FakeGitHub.sha("o/k", i))).isEqualTo(1);
    }
    assertThat(checkpoint("k").path("commits_stored").asLong()).isEqualTo(250);
  }

  @Test
  void aTornRawFileIsRepairedAndTheLostPageFetchedAgainWithoutDuplicates() throws IOException {
    github.repository("o/t", 250);
    projects("t,T,https://github.com/o/t,x,,");
    harvest(2, settings());
    Path cp = workspace().state().resolve("github/t.json");
    Path saved = dir.resolve("t.json.before");
    Files.copy(cp, saved);
    harvest(1, settings());
    Files.copy(saved, cp, StandardCopyOption.REPLACE_EXISTING);
    Path file = new RawStore(workspace().raw()).files("t").get(0);
    byte[] bytes = Files.readAllBytes(file);
    Files.write(file, java.util.Arrays.copyOf(bytes, bytes.length - 40)); // torn mid-append

    Harvester.Result result = harvest(10_000, settings());

    assertThat(result.exitCode()).isEqualTo(ExitCode.OK);
    assertThat(result.repairs()).singleElement().asString().contains("torn tail");
    String head = FakeGitHub.sha("o/t", 0);
    assertThat(github.count("/repos/o/t/commits?per_page=100&page=2&sha=" + head)).isEqualTo(2);
    Map<String, Integer> walked =
        listedShas(raw("t").stream().filter(r -> !r.url().contains("since=")).toList());
    assertThat(walked).hasSize(250).allSatisfy((sha, n) -> assertThat(n).isEqualTo(1));
    assertThat(raw("t")).filteredOn(r -> r.kind().equals("commit")).hasSize(250);
    assertThat(checkpoint("t").path("commits_stored").asLong()).isEqualTo(250);
  }

  @Test
  void goneEmptyAndRenamedRepositoriesAreRecordedAndDoNotStopTheOthers() throws IOException {
    github.repository("o/ok", 5);
    github.server.stubFor(
        get(urlEqualTo("/repos/o/gone"))
            .willReturn(
                aResponse()
                    .withStatus(404)
                    .withBody("{\"message\":\"Not Found\",\"status\":\"404\"}")));
    github.server.stubFor(
        get(urlEqualTo("/repos/o/empty")).willReturn(FakeGitHub.json(github.repoJson("o/empty"))));
    github.server.stubFor(
        get(urlEqualTo("/repos/o/empty/commits?per_page=100"))
            .willReturn(
                aResponse()
                    .withStatus(409)
                    .withBody("{\"message\":\"Git Repository is empty.\",\"status\":\"409\"}")));
    github.repository("o/new-name", 3);
    github.server.stubFor(
        get(urlEqualTo("/repos/o/old-name"))
            .willReturn(
                aResponse()
                    .withStatus(301)
                    .withHeader("Location", github.base() + "/repositories/42")
                    .withBody("{\"message\":\"Moved Permanently\",\"url\":\"x\"}")));
    github.server.stubFor(
        get(urlEqualTo("/repositories/42"))
            .willReturn(FakeGitHub.json(github.repoJson("o/new-name"))));
    projects(
        "gone,G,https://github.com/o/gone,x,,",
        "empty,E,https://github.com/o/empty,x,,",
        "moved,M,https://github.com/o/old-name,x,,",
        "ok,O,https://github.com/o/ok,x,,");

    Harvester.Result result = harvest(1000, settings());

    assertThat(result.exitCode()).isEqualTo(ExitCode.OK);
    Map<String, TargetOutcome> byProject = new HashMap<>();
    result.outcomes().forEach(o -> byProject.put(o.project(), o));
    assertThat(byProject.get("gone").status()).isEqualTo(TargetOutcome.Status.FAILED);
    assertThat(byProject.get("gone").detail()).contains("404");
    assertThat(byProject.get("empty").status()).isEqualTo(TargetOutcome.Status.FAILED);
    assertThat(byProject.get("empty").detail()).contains("empty");
    assertThat(byProject.get("moved").status()).isEqualTo(TargetOutcome.Status.CAUGHT_UP);
    assertThat(byProject.get("moved").newCommits()).isEqualTo(3);
    assertThat(byProject.get("moved").detail()).contains("renamed to o/new-name");
    assertThat(byProject.get("ok").status()).isEqualTo(TargetOutcome.Status.CAUGHT_UP);
    assertThat(raw("gone"))
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.kind()).isEqualTo("error");
              assertThat(r.status()).isEqualTo(404);
              assertThat(r.body()).contains("Not Found");
            });
    assertThat(raw("empty"))
        .filteredOn(r -> r.kind().equals("error"))
        .singleElement()
        .satisfies(r -> assertThat(r.status()).isEqualTo(409));
    assertThat(raw("moved").get(0).kind()).isEqualTo("error");
    assertThat(raw("moved").get(0).headers()).containsKey("location");
    assertThat(checkpoint("gone").path("status").asText()).isEqualTo("failed");
    assertThat(checkpoint("moved").path("renamed_to").asText()).isEqualTo("o/new-name");
  }

  @Test
  void secondaryLimitsServerErrorsAndDroppedConnectionsAreRetried() throws IOException {
    github.repository("o/flaky", 2);
    String list = "/repos/o/flaky/commits?per_page=100";
    github.server.stubFor(
        get(urlEqualTo(list))
            .atPriority(2)
            .inScenario("flaky")
            .whenScenarioStateIs(Scenario.STARTED)
            .willReturn(
                aResponse()
                    .withStatus(403)
                    .withHeader("Retry-After", "7")
                    .withBody("{\"message\":\"You have exceeded a secondary rate limit.\"}"))
            .willSetStateTo("502"));
    github.server.stubFor(
        get(urlEqualTo(list))
            .atPriority(2)
            .inScenario("flaky")
            .whenScenarioStateIs("502")
            .willReturn(aResponse().withStatus(502).withBody("{\"message\":\"Server Error\"}"))
            .willSetStateTo("drop"));
    github.server.stubFor(
        get(urlEqualTo(list))
            .atPriority(2)
            .inScenario("flaky")
            .whenScenarioStateIs("drop")
            .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER))
            .willSetStateTo("fine"));
    github.server.stubFor(
        get(urlEqualTo(list))
            .atPriority(2)
            .inScenario("flaky")
            .whenScenarioStateIs("fine")
            .willReturn(FakeGitHub.json(FakeGitHub.page(github.base(), "o/flaky", 0, 2))));

    TargetOutcome outcome = harvestOne("flaky", "o/flaky", settings(), Long.MAX_VALUE);

    assertThat(outcome.status()).isEqualTo(TargetOutcome.Status.CAUGHT_UP);
    assertThat(outcome.newCommits()).isEqualTo(2);
    assertThat(slept.get(0)).isEqualTo(Duration.ofSeconds(7));
    assertThat(slept).hasSize(3); // Retry-After, then two backoffs
    assertThat(slept.subList(1, 3))
        .allSatisfy(d -> assertThat(d).isLessThanOrEqualTo(Duration.ofSeconds(60)));
    List<RawRecord> records = raw("flaky");
    assertThat(records)
        .extracting(RawRecord::kind, RawRecord::status)
        .startsWith(
            org.assertj.core.groups.Tuple.tuple("repo", 200),
            org.assertj.core.groups.Tuple.tuple("error", 403),
            org.assertj.core.groups.Tuple.tuple("error", 502),
            org.assertj.core.groups.Tuple.tuple("commits", 200));
    assertThat(records.get(1).headers()).containsEntry("retry-after", "7");
  }

  @Test
  void aCountingDownRateLimitStopsBeforeZeroOrWaitsForTheReset() throws IOException {
    long reset = Instant.now().getEpochSecond() + 1800;
    github.repository("o/limited", 30);
    for (int i = 0; i < 30; i++) {
      github.server.stubFor(
          get(urlEqualTo("/repos/o/limited/commits/" + FakeGitHub.sha("o/limited", i)))
              .atPriority(1)
              .willReturn(
                  aResponse()
                      .withStatus(200)
                      .withBody(FakeGitHub.commitJson(github.base(), "o/limited", i, true))
                      .withHeader("X-RateLimit-Limit", "60")
                      .withHeader("X-RateLimit-Remaining", String.valueOf(Math.max(0, 20 - i)))
                      .withHeader("X-RateLimit-Reset", String.valueOf(reset))));
    }
    TargetOutcome stopped = harvestOne("limited", "o/limited", settings(), Long.MAX_VALUE);
    assertThat(stopped.status()).isEqualTo(TargetOutcome.Status.WORK_LEFT);
    assertThat(stopped.detail()).contains("rate limit").contains("1 requests left");
    // 60 an hour keeps 1 in reserve: details 0..19 bring the count down to 1, then it stops.
    assertThat(raw("limited")).filteredOn(r -> r.kind().equals("commit")).hasSize(20);

    TargetOutcome waited =
        harvestOne("limited", "o/limited", settings().withWaitForReset(true), Long.MAX_VALUE);
    assertThat(waited.status()).isEqualTo(TargetOutcome.Status.CAUGHT_UP);
    assertThat(slept).isNotEmpty();
    assertThat(slept.get(0)).isGreaterThan(Duration.ofMinutes(25));
    assertThat(raw("limited")).filteredOn(r -> r.kind().equals("commit")).hasSize(30);
  }

  @Test
  void theTokenIsSentButNeverStoredOrReported() throws IOException {
    String token = "github_pat_11SECRETSECRETSECRET0123456789";
    github.repository("o/private-ish", 3);
    projects("p,P,https://github.com/o/private-ish,x,,");
    GitHubSettings withToken =
        GitHubSettings.defaults(java.net.URI.create(github.base()), Optional.of(token));
    Harvester.Result result = harvest(1000, withToken);

    assertThat(result.exitCode()).isZero();
    github.server.verify(
        getRequestedFor(urlEqualTo("/repos/o/private-ish"))
            .withHeader("Authorization", equalTo("Bearer " + token)));
    assertThat(result.outcomes()).allSatisfy(o -> assertThat(o.toString()).doesNotContain(token));
    assertThat(result.report().toString()).doesNotContain(token);
    assertThat(withToken.toString()).doesNotContain(token);
    try (Stream<Path> files = Files.walk(workspace().data())) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        byte[] bytes = Files.readAllBytes(file);
        if (file.toString().endsWith(".gz")) {
          try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
            bytes = in.readAllBytes();
          }
        }
        assertThat(new String(bytes, StandardCharsets.UTF_8))
            .as(file.toString())
            .doesNotContain(token);
      }
    }
  }

  @Test
  void noStatsSkipsTheDetails() throws IOException {
    github.repository("o/fast", 150);
    TargetOutcome outcome =
        harvestOne("fast", "o/fast", settings().withStats(false), Long.MAX_VALUE);
    assertThat(outcome.status()).isEqualTo(TargetOutcome.Status.CAUGHT_UP);
    assertThat(outcome.newCommits()).isEqualTo(150);
    assertThat(raw("fast")).noneMatch(r -> r.kind().equals("commit"));
    assertThat(github.count("/repos/o/fast/commits/" + FakeGitHub.sha("o/fast", 0))).isZero();
  }

  @Test
  void newCommitsAfterACaughtUpRunAreFoundThroughTheIncrementalListing() throws IOException {
    github.repository("o/live", 40);
    harvestOne("live", "o/live", settings(), Long.MAX_VALUE);
    // Two commits newer than everything: the incremental listing changes and gets a new ETag.
    String since =
        "/repos/o/live/commits?per_page=100&since=" + FakeGitHub.NEWEST.minus(Duration.ofDays(7));
    String newer =
        "["
            + FakeGitHub.commitJson(github.base(), "o/live", -2, false)
            + ","
            + FakeGitHub.commitJson(github.base(), "o/live", -1, false)
            + ","
            + FakeGitHub.page(github.base(), "o/live", 0, 30).substring(1);
    github.server.stubFor(
        get(urlEqualTo(since))
            .atPriority(0)
            .willReturn(FakeGitHub.json(newer).withHeader("ETag", "W/\"since-2\"")));
    for (int i = -2; i < 0; i++) {
      github.server.stubFor(
          get(urlEqualTo("/repos/o/live/commits/" + FakeGitHub.sha("o/live", i)))
              .willReturn(
                  FakeGitHub.json(FakeGitHub.commitJson(github.base(), "o/live", i, true))));
    }
    github.server.stubFor(
        get(urlEqualTo(
                "/repos/o/live/commits?per_page=100&since="
                    + FakeGitHub.NEWEST.plus(Duration.ofHours(2)).minus(Duration.ofDays(7))))
            .willReturn(
                FakeGitHub.json(newer.replace("},{\"sha\"", "},{\"sha\""))
                    .withHeader("ETag", "W/\"since-3\"")));

    TargetOutcome outcome = harvestOne("live", "o/live", settings(), Long.MAX_VALUE);

    assertThat(outcome.status()).isEqualTo(TargetOutcome.Status.CAUGHT_UP);
    assertThat(outcome.newCommits()).isEqualTo(2);
    assertThat(raw("live")).filteredOn(r -> r.kind().equals("commit")).hasSize(42);
    assertThat(checkpoint("live").path("commits_stored").asLong()).isEqualTo(42);
  }

  @Test
  void aRawStoreThatCannotBeWrittenStopsTheRunInsteadOfFailingEachProject() throws IOException {
    github.repository("o/ok", 3);
    github.repository("o/broken", 3);
    projects("broken,B,https://github.com/o/broken,x,,", "ok,O,https://github.com/o/ok,x,,");
    // Where the project's raw directory should be, a file: every write there fails with an I/O
    // error, as on a full disk.
    Files.createDirectories(workspace().raw());
    Files.writeString(workspace().raw().resolve("broken"), "in the way");

    org.junit.jupiter.api.Assertions.assertThrows(
        java.io.UncheckedIOException.class, () -> harvest(1000, settings()));
  }

  @Test
  void aCloneUrlMarkedGithubInTheSheetFailsWithAClearReason() throws IOException {
    github.repository("o/ok", 3);
    Files.createDirectories(workspace().sheets());
    Files.writeString(
        workspace().sheets().resolve("projects.csv"),
        "id,repo,source\nclone,https://example.org/o/clone.git,github\nok,https://github.com/o/ok,\n");

    Harvester.Result result = harvest(1000, settings());

    assertThat(result.exitCode()).isEqualTo(ExitCode.OK);
    TargetOutcome clone =
        result.outcomes().stream().filter(o -> o.project().equals("clone")).findFirst().get();
    assertThat(clone.status()).isEqualTo(TargetOutcome.Status.FAILED);
    assertThat(clone.detail())
        .startsWith("not a GitHub repository URL (https://example.org/o/clone.git)")
        .doesNotContain("unexpected");
    assertThat(checkpoint("clone").path("status").asText()).isEqualTo("failed");
  }

  @Test
  void aHarvestInWhichEveryProjectFailedExitsWith1() throws IOException {
    Files.createDirectories(workspace().sheets());
    Files.writeString(
        workspace().sheets().resolve("projects.csv"),
        "id,repo,source\na,https://example.org/o/a.git,github\nb,https://example.org/o/b.git,github\n");

    Harvester.Result result = harvest(1000, settings());

    assertThat(result.outcomes()).allMatch(o -> o.status() == TargetOutcome.Status.FAILED);
    assertThat(result.exitCode()).isEqualTo(ExitCode.SOFTWARE);
  }

  @Test
  void aCommitDatedInTheFutureDoesNotMoveSinceAndHideLaterCommits() throws IOException {
    github.repository("o/clock", 3);
    // Commit 0 carries a committer date in 2031 (a wrong clock): GitHub lists it first.
    String page =
        FakeGitHub.page(github.base(), "o/clock", 0, 3)
            .replace(FakeGitHub.date(0).toString(), "2031-01-01T00:00:00Z");
    github.server.stubFor(
        get(urlEqualTo("/repos/o/clock/commits?per_page=100"))
            .atPriority(0)
            .willReturn(FakeGitHub.json(page)));
    Instant since = FakeGitHub.date(1).minus(Duration.ofDays(7));
    github.server.stubFor(
        get(urlEqualTo("/repos/o/clock/commits?per_page=100&since=" + since))
            .willReturn(FakeGitHub.json(page).withHeader("ETag", "W/\"clock\"")));

    TargetOutcome outcome = harvestOne("clock", "o/clock", settings(), Long.MAX_VALUE);

    assertThat(outcome.status()).as(outcome.detail()).isEqualTo(TargetOutcome.Status.CAUGHT_UP);
    assertThat(outcome.newCommits()).isEqualTo(3);
    JsonNode cp = checkpoint("clock");
    assertThat(cp.path("since").asText()).isEqualTo(since.toString());
    assertThat(cp.path("newest").asText()).isEqualTo(FakeGitHub.date(1).toString());
  }

  static final String PORTAL = "<html><body>Please log in to the hotel Wi-Fi</body></html>";

  @Test
  void aListingThatIsNotJsonIsStoredAsAnErrorAndTheNextRunCarriesOn() throws IOException {
    github.repository("o/portal", 3);
    var portal =
        github.server.stubFor(
            get(urlEqualTo("/repos/o/portal/commits?per_page=100"))
                .atPriority(0)
                .willReturn(
                    aResponse()
                        .withStatus(200)
                        .withHeader("Content-Type", "text/html")
                        .withBody(PORTAL)));

    TargetOutcome first = harvestOne("portal", "o/portal", settings(), Long.MAX_VALUE);

    assertThat(first.status()).isEqualTo(TargetOutcome.Status.WORK_LEFT);
    assertThat(first.detail()).contains("not GitHub JSON");
    assertThat(raw("portal"))
        .filteredOn(r -> r.body().equals(PORTAL))
        .singleElement()
        .satisfies(r -> assertThat(r.kind()).isEqualTo("error"));

    github.server.removeStub(portal);
    TargetOutcome second = harvestOne("portal", "o/portal", settings(), Long.MAX_VALUE);

    assertThat(second.status()).as(second.detail()).isEqualTo(TargetOutcome.Status.CAUGHT_UP);
    assertThat(second.newCommits()).isEqualTo(3);
  }

  @Test
  void aStoredListingThatIsNotJsonIsNotReappliedAfterAKill() throws IOException {
    github.repository("o/old", 3);
    harvestOne("old", "o/old", settings(), Long.MAX_VALUE);
    // What an earlier build stored for a captive portal's answer, as the last record.
    String probe =
        github.base()
            + "/repos/o/old/commits?per_page=100&since="
            + FakeGitHub.NEWEST.minus(Duration.ofDays(7));
    new RawStore(workspace().raw())
        .open("old")
        .append(new RawRecord("github", "commits", probe, 200, Map.of(), Instant.now(), PORTAL));

    TargetOutcome again = harvestOne("old", "o/old", settings(), Long.MAX_VALUE);

    assertThat(again.status()).as(again.detail()).isEqualTo(TargetOutcome.Status.CAUGHT_UP);
    assertThat(again.newCommits()).isZero();
  }

  @Test
  void theTokenIsNeverSentToAnotherHostThroughALocationOrALink() throws IOException {
    String token = "github_pat_11OTHERHOST0123456789";
    GitHubSettings withToken =
        GitHubSettings.defaults(java.net.URI.create(github.base()), Optional.of(token));
    try (FakeGitHub other = new FakeGitHub()) {
      other.repository("o/elsewhere", 3);
      github.server.stubFor(
          get(urlEqualTo("/repos/o/moved"))
              .willReturn(
                  aResponse()
                      .withStatus(301)
                      .withHeader("Location", other.base() + "/repos/o/elsewhere")));
      github.repository("o/linked", 3);
      github.server.stubFor(
          get(urlEqualTo("/repos/o/linked/commits?per_page=100"))
              .atPriority(0)
              .willReturn(
                  FakeGitHub.json(FakeGitHub.page(github.base(), "o/linked", 0, 3))
                      .withHeader(
                          "Link",
                          "<"
                              + other.base()
                              + "/repos/o/elsewhere/commits?page=2>; rel=\"next\"")));

      TargetOutcome moved = harvestOne("moved", "o/moved", withToken, Long.MAX_VALUE);
      TargetOutcome linked = harvestOne("linked", "o/linked", withToken, Long.MAX_VALUE);

      assertThat(other.server.getAllServeEvents()).isEmpty();
      assertThat(moved.status()).isEqualTo(TargetOutcome.Status.FAILED);
      assertThat(moved.detail()).contains("refused to follow " + other.base());
      assertThat(linked.status()).isEqualTo(TargetOutcome.Status.FAILED);
      assertThat(linked.detail()).contains("refused to follow " + other.base());
      assertThat(raw("moved"))
          .singleElement()
          .satisfies(r -> assertThat(r.status()).isEqualTo(301));
    }
  }

  @Test
  void answersBeforeAStopOrABadTokenAreStoredToo() throws IOException {
    github.repository("o/slow", 3);
    github.server.stubFor(
        get(urlEqualTo("/repos/o/slow/commits?per_page=100"))
            .atPriority(0)
            .willReturn(
                aResponse()
                    .withStatus(429)
                    .withHeader("Retry-After", "3600")
                    .withBody("{\"message\":\"You have exceeded a secondary rate limit.\"}")));
    github.server.stubFor(
        get(urlEqualTo("/repos/o/locked"))
            .willReturn(aResponse().withStatus(401).withBody("{\"message\":\"Bad credentials\"}")));

    TargetOutcome slow = harvestOne("slow", "o/slow", settings(), Long.MAX_VALUE);
    org.junit.jupiter.api.Assertions.assertThrows(
        org.ossatlas.common.AtlasException.class,
        () -> harvestOne("locked", "o/locked", settings(), Long.MAX_VALUE));

    assertThat(slow.status()).isEqualTo(TargetOutcome.Status.WORK_LEFT);
    assertThat(raw("slow"))
        .filteredOn(r -> r.status() == 429)
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.kind()).isEqualTo("error");
              assertThat(r.headers()).containsEntry("retry-after", "3600");
            });
    assertThat(raw("locked"))
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.kind()).isEqualTo("error");
              assertThat(r.status()).isEqualTo(401);
            });
  }
}
