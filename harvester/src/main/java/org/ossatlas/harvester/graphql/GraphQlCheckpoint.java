package org.ossatlas.harvester.graphql;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import org.ossatlas.common.AtlasException;
import org.ossatlas.common.AtomicFiles;

/**
 * {@code data/state/graphql/<project>.json}: an immutable record, replaced atomically and only
 * after the raw records it points past are durable. The first fields are the convention every
 * source shares (so that {@code status} reads any of them). Readers accept every earlier {@code
 * format}; this is format 1.
 *
 * @param head the branch head of the last completed walk: a check that finds the same head is
 *     caught up
 * @param since the next walk asks for commits after this instant (newest stored minus overlap)
 * @param newest the newest committer date stored (never one in the future, see docs/harvest.md)
 * @param window shas stored within the overlap, so that a re-listed commit is not counted again
 * @param walk the walk under way, or null
 * @param pageSize the page size that last worked (halved on timeouts, grown back on success)
 */
@JsonPropertyOrder({
  "format",
  "project",
  "source",
  "status",
  "updated_at",
  "detail",
  "commits_stored"
})
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
record GraphQlCheckpoint(
    @JsonProperty("format") int format,
    @JsonProperty("project") String project,
    @JsonProperty("source") String source,
    @JsonProperty("status") String status,
    @JsonProperty("updated_at") Instant updatedAt,
    @JsonProperty("detail") @JsonInclude(JsonInclude.Include.ALWAYS) String detail,
    @JsonProperty("commits_stored") long commitsStored,
    @JsonProperty("repo_url") String repoUrl,
    @JsonProperty("repo") String repo,
    @JsonProperty("renamed_to") String renamedTo,
    @JsonProperty("head") String head,
    @JsonProperty("since") Instant since,
    @JsonProperty("newest") Instant newest,
    @JsonProperty("window") Map<String, Instant> window,
    @JsonProperty("walk") Walk walk,
    @JsonProperty("page_size") int pageSize) {

  static final int FORMAT = 1;
  private static final ObjectMapper JSON =
      new ObjectMapper()
          .registerModule(new JavaTimeModule())
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
          .enable(SerializationFeature.INDENT_OUTPUT)
          .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

  /**
   * A walk under way, pinned to the head it started from.
   *
   * @param head the commit the walk lists history from
   * @param cursor where the next page starts ({@code endCursor} of the last page stored)
   * @param pages pages stored so far
   */
  record Walk(
      @JsonProperty("head") String head,
      @JsonProperty("cursor") String cursor,
      @JsonProperty("pages") int pages) {}

  GraphQlCheckpoint {
    window = window == null ? Map.of() : Map.copyOf(new TreeMap<>(window));
  }

  static GraphQlCheckpoint fresh(String project, String repoUrl, String repo, int pageSize) {
    return new GraphQlCheckpoint(
        FORMAT,
        project,
        GraphQlSource.NAME,
        "work_left",
        null,
        null,
        0,
        repoUrl,
        repo,
        null,
        null,
        null,
        null,
        Map.of(),
        null,
        pageSize);
  }

  GraphQlCheckpoint withWalk(Walk next) {
    return new GraphQlCheckpoint(
        FORMAT,
        project,
        source,
        status,
        updatedAt,
        detail,
        commitsStored,
        repoUrl,
        repo,
        renamedTo,
        head,
        since,
        newest,
        window,
        next,
        pageSize);
  }

  GraphQlCheckpoint withProgress(
      long stored, Instant newestDate, Map<String, Instant> newWindow, Walk next, int size) {
    return new GraphQlCheckpoint(
        FORMAT,
        project,
        source,
        status,
        updatedAt,
        detail,
        stored,
        repoUrl,
        repo,
        renamedTo,
        head,
        since,
        newestDate,
        newWindow,
        next,
        size);
  }

  GraphQlCheckpoint completed(String walkHead, Instant newSince, Map<String, Instant> newWindow) {
    return new GraphQlCheckpoint(
        FORMAT,
        project,
        source,
        status,
        updatedAt,
        detail,
        commitsStored,
        repoUrl,
        repo,
        renamedTo,
        walkHead,
        newSince,
        newest,
        newWindow,
        null,
        pageSize);
  }

  GraphQlCheckpoint renamed(String newName) {
    return new GraphQlCheckpoint(
        FORMAT,
        project,
        source,
        status,
        updatedAt,
        detail,
        commitsStored,
        repoUrl,
        newName,
        newName,
        head,
        since,
        newest,
        window,
        walk,
        pageSize);
  }

  GraphQlCheckpoint finished(String newStatus, String newDetail, Instant at) {
    return new GraphQlCheckpoint(
        FORMAT,
        project,
        source,
        newStatus,
        at,
        newDetail,
        commitsStored,
        repoUrl,
        repo,
        renamedTo,
        head,
        since,
        newest,
        window,
        walk,
        pageSize);
  }

  static Path file(Path stateDir, String project) {
    return stateDir.resolve(GraphQlSource.NAME).resolve(project + ".json");
  }

  /** The stored checkpoint, or null when there is none. */
  static GraphQlCheckpoint read(Path file) {
    if (Files.notExists(file)) {
      return null;
    }
    try {
      GraphQlCheckpoint cp = JSON.readValue(file.toFile(), GraphQlCheckpoint.class);
      if (cp.format() > FORMAT) {
        throw AtlasException.invalidData(
            file + ": checkpoint format " + cp.format() + " is newer than this ossatlas reads");
      }
      return cp;
    } catch (IOException e) {
      throw AtlasException.invalidData(
          file
              + ": not a readable checkpoint ("
              + e.getMessage().lines().findFirst().orElse("")
              + "); delete it to harvest the project from the start");
    }
  }

  void write(Path file) {
    AtomicFiles.write(file, out -> JSON.writeValue(out, this));
  }
}
