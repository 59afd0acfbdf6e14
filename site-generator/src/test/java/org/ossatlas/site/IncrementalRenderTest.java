package org.ossatlas.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ossatlas.common.Workspace;
import org.ossatlas.graph.GraphConnection;
import org.ossatlas.site.deploy.DeployOptions;
import org.ossatlas.site.deploy.DeployReport;
import org.ossatlas.site.deploy.SiteDeployer;

/**
 * A second render after one edit rewrites only the files whose bytes changed: every other file of
 * the new site is the previous site's file itself (same inode), and deploy commits only the change.
 */
class IncrementalRenderTest {
  @TempDir Path dir;

  @Test
  void editingOneDescriptionRewritesOnlyTheFilesWhoseBytesChange() throws IOException {
    Workspace ws = SiteFixture.workspace(dir);
    GraphConnection graph = SiteFixture.analysed(ws);
    SiteBuilder.build(graph, ws, SiteOptions.defaults());
    Map<String, byte[]> bytesBefore = contents(ws.out());
    Map<String, Object> inodesBefore = inodes(ws.out());

    graph.write(
        tx ->
            tx.run(
                    "MATCH (p:Project {id: 'pytorch'}) SET p.description = $d",
                    Map.of("d", "Tensors, autograd and neural networks."))
                .consume());
    SiteReport second = SiteBuilder.build(graph, ws, SiteOptions.defaults());

    Map<String, byte[]> bytesAfter = contents(ws.out());
    Map<String, Object> inodesAfter = inodes(ws.out());
    assertThat(bytesAfter.keySet()).isEqualTo(bytesBefore.keySet());
    Set<String> changedBytes = new TreeSet<>();
    Set<String> newFiles = new TreeSet<>();
    for (String file : bytesAfter.keySet()) {
      if (file.equals(".checked")) {
        continue; // the marker is written by every build; it is never published
      }
      if (!java.util.Arrays.equals(bytesBefore.get(file), bytesAfter.get(file))) {
        changedBytes.add(file);
      }
      if (!inodesBefore.get(file).equals(inodesAfter.get(file))) {
        newFiles.add(file);
      }
    }
    assertThat(changedBytes).contains("projects/pytorch/index.html");
    assertThat(changedBytes).doesNotContain("projects/airflow/index.html", "index.html");
    assertThat(newFiles).isEqualTo(changedBytes);
    assertThat(second.stage().out()).containsEntry("files rewritten", (long) newFiles.size());
    assertThat(newFiles.size()).isLessThan(bytesAfter.size() / 4);
  }

  @Test
  void deployAfterAnEditCommitsOnlyTheChangedFiles() throws Exception {
    Workspace ws = SiteFixture.workspace(dir);
    GraphConnection graph = SiteFixture.analysed(ws);
    Path remote = dir.resolve("remote.git");
    org.eclipse.jgit.api.Git.init().setBare(true).setDirectory(remote.toFile()).call().close();
    SiteBuilder.build(graph, ws, SiteOptions.defaults());
    deployer(remote).deploy(ws.out());

    graph.write(
        tx ->
            tx.run(
                    "MATCH (p:Project {id: 'pytorch'}) SET p.description = $d",
                    Map.of("d", "Tensors, autograd and neural networks."))
                .consume());
    SiteBuilder.build(graph, ws, SiteOptions.defaults());
    DeployReport report = deployer(remote).deploy(ws.out());

    assertThat(report.removed()).isZero();
    assertThat(report.added()).isZero();
    assertThat(report.updated()).isPositive().isLessThan(contents(ws.out()).size() / 4);
  }

  private SiteDeployer deployer(Path remote) {
    return new SiteDeployer(
        new DeployOptions(remote.toString(), null, dir.resolve("work"), null, null, null));
  }

  private static Map<String, byte[]> contents(Path root) throws IOException {
    Map<String, byte[]> files = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path p : walk.filter(Files::isRegularFile).toList()) {
        files.put(root.relativize(p).toString(), Files.readAllBytes(p));
      }
    }
    return files;
  }

  private static Map<String, Object> inodes(Path root) throws IOException {
    Map<String, Object> keys = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(root)) {
      walk.filter(Files::isRegularFile)
          .forEach(
              p -> {
                try {
                  keys.put(
                      root.relativize(p).toString(),
                      Files.readAttributes(p, BasicFileAttributes.class).fileKey());
                } catch (IOException e) {
                  throw new UncheckedIOException(e);
                }
              });
    }
    return keys;
  }
}
