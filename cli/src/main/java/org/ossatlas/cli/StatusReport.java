package org.ossatlas.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.ossatlas.common.AtlasException;
import org.ossatlas.common.RunLog;
import org.ossatlas.common.StageReport;
import org.ossatlas.common.Workspace;
import org.ossatlas.common.commits.CommitChunk;
import org.ossatlas.common.commits.CommitTableReader;
import org.ossatlas.harvester.CheckpointHeader;
import org.ossatlas.harvester.HarvestTarget;
import org.ossatlas.harvester.HarvestTargets;
import org.ossatlas.harvester.SourceRouter;
import org.ossatlas.harvester.compact.SheetProjects;
import org.ossatlas.harvester.raw.RawStore;
import org.ossatlas.harvester.raw.RawStoreSummary;

/**
 * What {@code ossatlas status} shows, gathered read-only from the data folder: the headers of the
 * harvest checkpoints ({@code data/state/<source>/<project>.json}, read as {@link
 * CheckpointHeader}s), the raw store, the run history and {@code commits.csv.gz}.
 */
record StatusReport(List<ProjectLine> projects, List<StageReport> lastRuns, Commits commits) {
  /**
   * One project and source: its checkpoint, raw files and compacted rows, and where the next {@code
   * harvest --source auto} takes it and why ({@code route}; null for projects no longer in the
   * sheet). A project of the sheet with nothing harvested yet has the status {@code new}.
   */
  record ProjectLine(
      String project,
      String route,
      String source,
      String status,
      Long commitsStored,
      String updatedAt,
      String detail,
      int rawFiles,
      long rawBytes,
      Instant lastFetchedAt,
      long rows) {}

  /** The compacted table: rows and when it was written (null when there is none). */
  record Commits(String file, long rows, Instant writtenAt) {}

  boolean empty() {
    return projects.isEmpty() && lastRuns.isEmpty() && commits.writtenAt() == null;
  }

  /**
   * @param tokenSet whether a GitHub token is configured, which decides the route of GitHub
   *     repositories ({@link SourceRouter#route})
   */
  static StatusReport read(Workspace workspace, boolean tokenSet) {
    Map<String, String> routes = routes(workspace, tokenSet);
    Map<String, List<CheckpointHeader>> checkpoints = checkpoints(workspace.state());
    RawStore store = new RawStore(workspace.raw());
    Map<String, Long> rows = new TreeMap<>();
    Commits commits = commits(workspace.commits(), rows);
    TreeSet<String> names = new TreeSet<>(checkpoints.keySet());
    names.addAll(store.projects());
    names.addAll(rows.keySet());
    names.addAll(SheetProjects.read(workspace.sheets()).orElse(List.of()));
    List<ProjectLine> lines = new ArrayList<>();
    for (String project : names) {
      RawStoreSummary raw = RawStoreSummary.of(store, project);
      long compacted = rows.getOrDefault(project, 0L);
      List<CheckpointHeader> states = checkpoints.getOrDefault(project, List.of());
      String route = routes.get(project);
      if (states.isEmpty()) {
        String status = raw.files() > 0 ? "no checkpoint" : route != null ? "new" : "not harvested";
        lines.add(
            new ProjectLine(
                project,
                route,
                "-",
                status,
                null,
                null,
                null,
                raw.files(),
                raw.bytes(),
                raw.lastFetchedAt(),
                compacted));
      }
      for (CheckpointHeader state : states) {
        lines.add(
            new ProjectLine(
                project,
                route,
                state.source(),
                state.status(),
                state.commitsStored(),
                state.updatedAt() == null ? null : state.updatedAt().toString(),
                state.detail(),
                raw.files(),
                raw.bytes(),
                raw.lastFetchedAt(),
                compacted));
      }
    }
    return new StatusReport(lines, RunLog.latestOfEachStage(new RunLog(workspace).read()), commits);
  }

  /** {@code source (why)} per project of the sheet; empty when projects.csv cannot be read. */
  private static Map<String, String> routes(Workspace workspace, boolean tokenSet) {
    Map<String, String> routes = new TreeMap<>();
    Path projects = workspace.sheets().resolve("projects.csv");
    if (!Files.isRegularFile(projects)) {
      return routes;
    }
    try {
      for (HarvestTarget target : HarvestTargets.read(projects)) {
        SourceRouter.Route route = SourceRouter.route(target, tokenSet, true);
        routes.put(target.project(), route.source() + " (" + route.reason() + ")");
      }
    } catch (AtlasException e) {
      // status reads only; `ossatlas validate` and `harvest` report a broken sheet.
    }
    return routes;
  }

  /** Checkpoints by project, from every {@code state/<source>/} folder, sorted by source. */
  private static Map<String, List<CheckpointHeader>> checkpoints(Path state) {
    Map<String, List<CheckpointHeader>> byProject = new TreeMap<>();
    if (!Files.isDirectory(state)) {
      return byProject;
    }
    try (Stream<Path> sources = Files.list(state)) {
      for (Path dir : sources.filter(Files::isDirectory).sorted().toList()) {
        try (Stream<Path> files = Files.list(dir)) {
          for (Path file :
              files.filter(f -> f.getFileName().toString().endsWith(".json")).sorted().toList()) {
            checkpoint(file, dir.getFileName().toString())
                .ifPresent(
                    h -> byProject.computeIfAbsent(h.project(), p -> new ArrayList<>()).add(h));
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("could not list " + state, e);
    }
    return byProject;
  }

  /** A checkpoint's header, or empty for other files; an unreadable one is shown as such. */
  private static Optional<CheckpointHeader> checkpoint(Path file, String sourceDir) {
    try {
      return CheckpointHeader.read(file);
    } catch (AtlasException e) {
      String stem = file.getFileName().toString().replaceFirst("\\.json$", "");
      String reason = e.getMessage().lines().findFirst().orElse("");
      return Optional.of(
          new CheckpointHeader(0, stem, sourceDir, "unreadable", null, reason, null));
    }
  }

  private static Commits commits(Path file, Map<String, Long> rowsPerProject) {
    if (!Files.isRegularFile(file)) {
      return new Commits(file.toString(), 0, null);
    }
    long rows = 0;
    // Chunks are counted without parsing their cells: status stays a quick read.
    try (CommitTableReader reader = CommitTableReader.open(file)) {
      for (CommitChunk chunk = reader.next(); chunk != null; chunk = reader.next()) {
        rowsPerProject.merge(chunk.project(), (long) chunk.rows(), Long::sum);
        rows += chunk.rows();
      }
      return new Commits(file.toString(), rows, Files.getLastModifiedTime(file).toInstant());
    } catch (IOException e) {
      throw new UncheckedIOException("could not read " + file, e);
    }
  }
}
