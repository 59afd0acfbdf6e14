package org.ossatlas.harvester;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.ossatlas.common.AtlasException;

/**
 * The fields every checkpoint ({@code data/state/<source>/<project>.json}) starts with, whatever
 * its source; the rest of the file is the source's own. This is their one definition: the sources'
 * checkpoints name their first properties with these constants, and {@code status} and the harvest
 * order read them through {@link #read}.
 *
 * <p>Format versions: 0 is a checkpoint written before checkpoints carried {@value #FORMAT_VERSION}
 * (the field is absent); 1 adds the field, nothing else. A reader accepts every version up to
 * {@link #VERSION} and refuses a newer one (written by a newer ossatlas).
 *
 * @param commitsStored null when the checkpoint does not say
 */
public record CheckpointHeader(
    int formatVersion,
    String project,
    String source,
    String status,
    Instant updatedAt,
    String detail,
    Long commitsStored) {
  /** The version this build writes. */
  public static final int VERSION = 1;

  public static final String FORMAT_VERSION = "format_version";
  public static final String PROJECT = "project";
  public static final String SOURCE = "source";
  public static final String STATUS = "status";
  public static final String UPDATED_AT = "updated_at";
  public static final String DETAIL = "detail";
  public static final String COMMITS_STORED = "commits_stored";

  public static final String CAUGHT_UP = "caught_up";
  public static final String WORK_LEFT = "work_left";
  public static final String FAILED = "failed";

  private static final ObjectMapper JSON = new ObjectMapper();

  /**
   * The header of a checkpoint file, or empty when the file is JSON but not a checkpoint (a
   * source's own bookkeeping has no {@code status}). A missing project or source is taken from the
   * file's name and folder. Unreadable or newer-than-this-build files are invalid data (exit 65).
   */
  public static Optional<CheckpointHeader> read(Path file) {
    JsonNode node = readTree(file);
    if (node == null || !node.isObject() || !node.has(STATUS)) {
      return Optional.empty();
    }
    String stem = file.getFileName().toString().replaceFirst("\\.json$", "");
    Path folder = file.toAbsolutePath().getParent();
    String project = text(node, PROJECT);
    String source = text(node, SOURCE);
    return Optional.of(
        new CheckpointHeader(
            version(file, node),
            project == null ? stem : project,
            source == null ? String.valueOf(folder.getFileName()) : source,
            text(node, STATUS),
            instant(file, text(node, UPDATED_AT)),
            text(node, DETAIL),
            node.hasNonNull(COMMITS_STORED) ? node.get(COMMITS_STORED).asLong() : null));
  }

  /**
   * The version of a parsed checkpoint; fails when a newer ossatlas wrote it. Sources call this
   * before they map the rest of the file.
   */
  public static int version(Path file, JsonNode node) {
    int version = node.path(FORMAT_VERSION).asInt(0);
    if (version > VERSION) {
      throw AtlasException.invalidData(
          file
              + ": checkpoint format "
              + version
              + ", but this build reads up to "
              + VERSION
              + "; run the newer ossatlas that wrote it, or delete the file to harvest that"
              + " repository from the start");
    }
    return version;
  }

  /** The parsed file, or invalid data (exit 65) saying what to do. */
  public static JsonNode readTree(Path file) {
    try {
      return JSON.readTree(file.toFile());
    } catch (IOException e) {
      throw unreadable(file, e);
    }
  }

  /** Invalid data (exit 65): a checkpoint that cannot be read, and what to do about it. */
  public static AtlasException unreadable(Path file, IOException e) {
    return AtlasException.invalidData(
        file
            + ": not a readable checkpoint ("
            + e.getMessage().lines().findFirst().orElse("")
            + "); delete it to harvest that repository from the start");
  }

  private static String text(JsonNode node, String field) {
    return node.hasNonNull(field) ? node.get(field).asText() : null;
  }

  private static Instant instant(Path file, String text) {
    try {
      return text == null ? null : Instant.parse(text);
    } catch (DateTimeParseException e) {
      throw AtlasException.invalidData(
          file
              + ": "
              + UPDATED_AT
              + " is not an instant: "
              + text
              + "; delete the file to start"
              + " that repository over");
    }
  }
}
