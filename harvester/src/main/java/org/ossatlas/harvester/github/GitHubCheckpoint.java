package org.ossatlas.harvester.github;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import org.ossatlas.common.AtomicFiles;
import org.ossatlas.harvester.CheckpointHeader;

/**
 * {@code data/state/github/<project>.json}. The first fields are the {@link CheckpointHeader} every
 * source shares (so that {@code status} reads any of them); the rest is the GitHub source's own.
 * Written atomically, and only after the raw records it points past are durable.
 */
@JsonPropertyOrder({
  CheckpointHeader.FORMAT_VERSION,
  CheckpointHeader.PROJECT,
  CheckpointHeader.SOURCE,
  CheckpointHeader.STATUS,
  CheckpointHeader.UPDATED_AT,
  CheckpointHeader.DETAIL,
  CheckpointHeader.COMMITS_STORED
})
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
final class GitHubCheckpoint {
  static final ObjectMapper JSON =
      new ObjectMapper()
          .registerModule(new JavaTimeModule())
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
          .enable(SerializationFeature.INDENT_OUTPUT)
          .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE);

  /** Written as {@link CheckpointHeader#VERSION}; what a file said is checked on reading. */
  public int formatVersion = CheckpointHeader.VERSION;

  public String project;
  public String source = "github";
  public String status = CheckpointHeader.WORK_LEFT;
  public Instant updatedAt;

  /** Why it stopped or failed, or a note; always written, null when there is nothing to say. */
  @JsonInclude(JsonInclude.Include.ALWAYS)
  public String detail;

  public long commitsStored;

  /** The repository URL from projects.csv this state belongs to; a new URL starts over. */
  public String repoUrl;

  /** {@code OWNER/NAME} the API is asked about (the new name after a rename). */
  public String repo;

  public String renamedTo;
  public String defaultBranch;
  public String repoEtag;

  /** Incremental listings ask for commits after this instant (newest stored minus the overlap). */
  public Instant since;

  /** The newest committer date stored so far. */
  public Instant newest;

  /** ETag of the first listing page at {@link #probeUrl}: a 304 there means nothing is new. */
  public String probeUrl;

  public String probeEtag;

  /** A listing walk in progress: the next page to fetch (pinned to the head SHA of page 1). */
  public Walk walk;

  /** Commits already stored whose date is inside the overlap window: not new when seen again. */
  public Map<String, Instant> window = new TreeMap<>();

  /** Commit details to fetch: SHAs {@code [queueDone, queueLength)} of the queue file. */
  public long queueLength;

  public long queueDone;
  public long detailsStored;

  /** Why the repository cannot be harvested: gone, empty, blocked; null when it can. */
  public String failure;

  @JsonIgnoreProperties(ignoreUnknown = true)
  @JsonInclude(JsonInclude.Include.NON_NULL)
  static final class Walk {
    public String head;
    public String nextUrl;
    public long pages;
  }

  static GitHubCheckpoint read(Path file) {
    if (!Files.exists(file)) {
      return null;
    }
    JsonNode node = CheckpointHeader.readTree(file);
    CheckpointHeader.version(file, node);
    try {
      GitHubCheckpoint checkpoint = JSON.treeToValue(node, GitHubCheckpoint.class);
      checkpoint.formatVersion = CheckpointHeader.VERSION; // written back in the current format
      return checkpoint;
    } catch (IOException e) {
      throw CheckpointHeader.unreadable(file, e);
    }
  }

  void write(Path file) {
    try {
      byte[] bytes = JSON.writeValueAsBytes(this);
      AtomicFiles.write(file, out -> out.write(bytes));
    } catch (IOException e) {
      throw new UncheckedIOException("could not write " + file, e);
    }
  }
}
