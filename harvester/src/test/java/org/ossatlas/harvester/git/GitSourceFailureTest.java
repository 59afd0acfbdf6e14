package org.ossatlas.harvester.git;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.eclipse.jgit.lib.Config;
import org.eclipse.jgit.storage.file.FileBasedConfig;
import org.eclipse.jgit.util.FS;
import org.eclipse.jgit.util.SystemReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ossatlas.harvester.HarvestTarget;
import org.ossatlas.harvester.TargetOutcome;
import org.ossatlas.harvester.TargetOutcome.Status;

/** Failures stay with their project; remote URLs go through the user's insteadOf. */
class GitSourceFailureTest {

  @Test
  void unreachableMissingAndProtectedRepositoriesFailAloneWithAReason(@TempDir Path dir)
      throws Exception {
    GitCli good = GitCli.init(dir.resolve("good"));
    good.fastCommits("main", 12, "a");
    WireMockServer server = new WireMockServer(options().dynamicPort());
    server.start();
    try {
      server.stubFor(
          any(anyUrl())
              .willReturn(
                  aResponse().withStatus(401).withHeader("WWW-Authenticate", "Basic realm=\"x\"")));
      Harvested h = new Harvested(dir.resolve("work"));
      List<HarvestTarget> targets =
          List.of(
              new HarvestTarget("unreachable", "https://user:s3cret@127.0.0.1:1/nothing.git"),
              new HarvestTarget("good", good.dir.toString()),
              new HarvestTarget("missing", dir.resolve("no-such-repo").toString()),
              new HarvestTarget(
                  "protected", "http://token123@localhost:" + server.port() + "/private.git"));
      List<TargetOutcome> outcomes = new GitSource().harvestAll(targets, h.context(), 2);

      assertEquals(4, outcomes.size());
      assertEquals("unreachable", outcomes.get(0).project());
      assertEquals(Status.FAILED, outcomes.get(0).status());
      assertEquals(Status.CAUGHT_UP, outcomes.get(1).status(), outcomes.get(1).detail());
      assertEquals(12, outcomes.get(1).newCommits());
      assertEquals(Status.FAILED, outcomes.get(2).status());
      assertTrue(outcomes.get(2).detail().contains("not found"), outcomes.get(2).detail());
      assertEquals(Status.FAILED, outcomes.get(3).status());
      assertTrue(
          outcomes.get(3).detail().toLowerCase().contains("authentication"),
          outcomes.get(3).detail());
      for (TargetOutcome o : outcomes) {
        assertFalse(o.detail().contains("s3cret"), o.detail());
        assertFalse(o.detail().contains("token123"), o.detail());
      }
      JsonNode cp = Harvested.JSON.readTree(h.checkpoint("protected").toFile());
      assertEquals("failed", cp.get("status").asText());
      assertFalse(cp.toString().contains("token123"));
      assertTrue(h.records("unreachable").isEmpty());
    } finally {
      server.stop();
    }
  }

  @Test
  void aCorruptPackFailsWithAReason(@TempDir Path dir) throws IOException {
    GitCli origin = GitCli.init(dir.resolve("origin"));
    origin.fastCommits("main", 40, "a");
    origin.run("gc", "-q");
    Path pack;
    try (Stream<Path> files = Files.list(origin.dir.resolve(".git/objects/pack"))) {
      pack = files.filter(f -> f.toString().endsWith(".pack")).findFirst().orElseThrow();
    }
    pack.toFile().setWritable(true);
    try (RandomAccessFile file = new RandomAccessFile(pack.toFile(), "rw")) {
      for (long at = 200; at < file.length() - 100; at += 97) {
        file.seek(at);
        file.write(0x55);
      }
    }
    Harvested h = new Harvested(dir.resolve("work"));
    TargetOutcome outcome =
        new GitSource().harvest(new HarvestTarget("p", origin.dir.toString()), h.context());
    assertEquals(Status.FAILED, outcome.status(), outcome.detail());
    assertFalse(outcome.detail().isBlank());
  }

  @Test
  void remoteUrlsGoThroughTheUsersInsteadOf(@TempDir Path dir) throws Exception {
    GitCli mirror = GitCli.init(dir.resolve("mirrors/tool"));
    mirror.fastCommits("main", 7, "a");
    Path userConfig = dir.resolve("gitconfig");
    Files.writeString(
        userConfig,
        "[url \""
            + dir.resolve("mirrors").toUri().toString()
            + "\"]\n\tinsteadOf = https://git.example.invalid/\n");
    SystemReader original = SystemReader.getInstance();
    SystemReader.setInstance(
        new SystemReader.Delegate(original) {
          @Override
          public FileBasedConfig openUserConfig(Config parent, FS fs) {
            return new FileBasedConfig(parent, userConfig.toFile(), fs);
          }
        });
    try {
      Harvested h = new Harvested(dir.resolve("work"));
      TargetOutcome outcome =
          new GitSource()
              .harvest(new HarvestTarget("tool", "https://git.example.invalid/tool"), h.context());
      assertEquals(Status.CAUGHT_UP, outcome.status(), outcome.detail());
      assertEquals(7, outcome.newCommits());
      // The records name the curated URL, not the mirror.
      assertEquals("https://git.example.invalid/tool", h.records("tool").get(0).url());
    } finally {
      SystemReader.setInstance(original);
    }
    // Without the user configuration the same URL goes nowhere.
    Harvested other = new Harvested(dir.resolve("work2"));
    TargetOutcome without =
        new GitSource()
            .harvest(
                new HarvestTarget("tool", "https://git.example.invalid/tool"), other.context());
    assertEquals(Status.FAILED, without.status());
  }

  @Test
  void cloneUrlsAndRedaction() {
    GitSource source = new GitSource();
    assertTrue(source.canHarvest(new HarvestTarget("a", "https://github.com/apache/airflow.git")));
    assertTrue(source.canHarvest(new HarvestTarget("a", "ssh://git@example.org/x.git")));
    assertTrue(source.canHarvest(new HarvestTarget("a", "git@example.org:x/y.git")));
    assertTrue(source.canHarvest(new HarvestTarget("a", "file:///srv/git/x.git")));
    assertTrue(source.canHarvest(new HarvestTarget("a", "/srv/git/x.git")));
    assertFalse(source.canHarvest(new HarvestTarget("a", "  ")));
    assertEquals("https://example.org/x.git", GitUrls.redact("https://u:p@example.org/x.git"));
    assertEquals("ssh://git@example.org/x.git", GitUrls.redact("ssh://git:pw@example.org/x.git"));
    assertEquals("git@example.org:x/y.git", GitUrls.cloneUrl("git@example.org:x/y.git"));
    assertTrue(Path.of(GitUrls.cloneUrl("rel/repo")).isAbsolute());
  }

  @Test
  void aCorruptLastRawRecordIsADataErrorNotAFailedClone(@TempDir Path dir) throws IOException {
    GitCli origin = GitCli.init(dir.resolve("origin"));
    origin.fastCommits("main", 3, "a");
    Harvested h = new Harvested(dir.resolve("work"));
    HarvestTarget target = new HarvestTarget("p", origin.dir.toString());
    assertEquals(Status.CAUGHT_UP, new GitSource().harvest(target, h.context()).status());
    origin.fastCommits("main", 2, "b");
    // A complete gzip member whose line is not a raw record: the store is corrupt, not the clone.
    Path file = new org.ossatlas.harvester.raw.RawStore(dir.resolve("work/raw")).files("p").get(0);
    java.io.ByteArrayOutputStream member = new java.io.ByteArrayOutputStream();
    try (java.util.zip.GZIPOutputStream gz = new java.util.zip.GZIPOutputStream(member)) {
      gz.write("{not a record\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
    Files.write(file, member.toByteArray(), java.nio.file.StandardOpenOption.APPEND);

    org.ossatlas.common.AtlasException e =
        org.junit.jupiter.api.Assertions.assertThrows(
            org.ossatlas.common.AtlasException.class,
            () -> new GitSource().harvest(target, h.context()));
    assertEquals(org.ossatlas.common.ExitCode.DATA_ERR, e.exitCode());
  }
}
