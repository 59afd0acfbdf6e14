package org.ossatlas.harvester.git;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.ossatlas.common.AtlasException;
import org.ossatlas.common.AtomicFiles;
import org.ossatlas.harvester.CheckpointHeader;

/**
 * {@code data/state/git/<project>.json}: where the git source stands for one project. The first
 * fields are the {@link CheckpointHeader} shared by all sources; the rest are the git source's own.
 * Immutable: a step of the walk makes a new one with a wither and writes it.
 *
 * @param status {@code caught_up}, {@code work_left} or {@code failed}
 * @param commitsStored commits appended to the raw store over all runs
 * @param url the clone URL as curated (credentials removed)
 * @param ref the default branch, for example {@code refs/heads/main}
 * @param firstParent whether the walk follows first parents only
 * @param storedHead the tip of the last {@code git-head} record written (null before the first)
 * @param storedTips commits whose ancestors (first parents only when {@code firstParent}) are all
 *     stored; everything else reachable from the branch is still to store
 * @param lastStored the last commit of the last {@code git-commits} batch, to recognise a batch
 *     that was appended but not checkpointed
 * @param walkTarget the tip being walked when the last run stopped (null when caught up)
 * @param walkLeft commits of that walk not stored yet
 */
@JsonPropertyOrder({
  CheckpointHeader.FORMAT_VERSION,
  CheckpointHeader.PROJECT,
  CheckpointHeader.SOURCE,
  CheckpointHeader.STATUS,
  CheckpointHeader.UPDATED_AT,
  CheckpointHeader.DETAIL,
  CheckpointHeader.COMMITS_STORED,
  "url",
  "ref",
  "first_parent",
  "stored_head",
  "stored_tips",
  "last_stored",
  "walk_target",
  "walk_left"
})
@JsonInclude(JsonInclude.Include.ALWAYS)
@JsonIgnoreProperties(ignoreUnknown = true)
record GitCheckpoint(
    String project,
    String source,
    String status,
    @JsonProperty("updated_at") Instant updatedAt,
    String detail,
    @JsonProperty("commits_stored") long commitsStored,
    String url,
    String ref,
    @JsonProperty("first_parent") boolean firstParent,
    @JsonProperty("stored_head") String storedHead,
    @JsonProperty("stored_tips") List<String> storedTips,
    @JsonProperty("last_stored") String lastStored,
    @JsonProperty("walk_target") String walkTarget,
    @JsonProperty("walk_left") long walkLeft) {

  static final String CAUGHT_UP = CheckpointHeader.CAUGHT_UP;
  static final String WORK_LEFT = CheckpointHeader.WORK_LEFT;
  static final String FAILED = CheckpointHeader.FAILED;

  private static final ObjectMapper MAPPER =
      new ObjectMapper()
          .registerModule(new JavaTimeModule())
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
          .enable(SerializationFeature.INDENT_OUTPUT);

  GitCheckpoint {
    storedTips = storedTips == null ? List.of() : List.copyOf(storedTips);
  }

  /** Always the current version: older files are read as they are and written back as this. */
  @JsonProperty(value = CheckpointHeader.FORMAT_VERSION, access = JsonProperty.Access.READ_ONLY)
  int formatVersion() {
    return CheckpointHeader.VERSION;
  }

  /**
   * Where a run stands now: its status, when, why, what it walks (URL, branch, mode, stored tips)
   * and the walk it stopped in (if any).
   */
  GitCheckpoint withStatus(
      String status,
      Instant updatedAt,
      String detail,
      String url,
      String ref,
      boolean firstParent,
      List<String> storedTips,
      String walkTarget,
      long walkLeft) {
    return new GitCheckpoint(
        project,
        source,
        status,
        updatedAt,
        detail,
        commitsStored,
        url,
        ref,
        firstParent,
        storedHead,
        storedTips,
        lastStored,
        walkTarget,
        walkLeft);
  }

  /** What has been stored: the running count, the tip of the last head record, the last batch. */
  GitCheckpoint withStored(long commitsStored, String storedHead, String lastStored) {
    return new GitCheckpoint(
        project,
        source,
        status,
        updatedAt,
        detail,
        commitsStored,
        url,
        ref,
        firstParent,
        storedHead,
        storedTips,
        lastStored,
        walkTarget,
        walkLeft);
  }

  static GitCheckpoint fresh(String project, boolean firstParent) {
    return new GitCheckpoint(
        project,
        GitSource.NAME,
        WORK_LEFT,
        null,
        "",
        0,
        null,
        null,
        firstParent,
        null,
        List.of(),
        null,
        null,
        0);
  }

  static GitCheckpoint read(Path file, String project, boolean firstParent) {
    if (Files.notExists(file)) {
      return fresh(project, firstParent);
    }
    JsonNode node = CheckpointHeader.readTree(file);
    CheckpointHeader.version(file, node);
    try {
      return MAPPER.treeToValue(node, GitCheckpoint.class);
    } catch (IOException e) {
      throw AtlasException.invalidData(
          file + ": not a git checkpoint (" + e.getMessage() + "); delete it to start over");
    }
  }

  void write(Path file) {
    AtomicFiles.write(file, out -> MAPPER.writeValue(out, this));
  }
}
