package org.ossatlas.common;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The run history in {@code data/runs/runs.jsonl}: one JSON line per stage run, appended with a
 * single write so that concurrent or killed runs never interleave half lines.
 *
 * <p>Line versions: 0 is a line written before lines carried {@value #FORMAT_VERSION} (the field is
 * absent); 1 puts the field first, then the {@link StageReport}. Readers accept every version up to
 * {@link #VERSION}; a line from a newer ossatlas is read for the fields this build knows.
 */
public final class RunLog {
  /** The version this build writes. */
  public static final int VERSION = 1;

  public static final String FORMAT_VERSION = "format_version";

  private static final ObjectMapper JSON =
      new ObjectMapper()
          .registerModule(new JavaTimeModule())
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  /** The stages in the order the pipeline runs them. */
  public static final List<String> PIPELINE =
      List.of("harvest", "compact", "validate", "load", "analyze", "render", "deploy");

  private final Path file;

  public RunLog(Workspace workspace) {
    this.file = workspace.runs().resolve("runs.jsonl");
  }

  public void append(StageReport report) {
    try {
      Files.createDirectories(file.getParent());
      ObjectNode node = JSON.createObjectNode().put(FORMAT_VERSION, VERSION);
      node.setAll((ObjectNode) JSON.valueToTree(report));
      byte[] line = (JSON.writeValueAsString(node) + "\n").getBytes(StandardCharsets.UTF_8);
      Files.write(file, line, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    } catch (IOException e) {
      throw new UncheckedIOException("could not append to " + file, e);
    }
  }

  /** Every complete record, oldest first; a torn last line (a killed run) is passed over. */
  public List<StageReport> read() {
    List<StageReport> reports = new ArrayList<>();
    if (!Files.exists(file)) {
      return reports;
    }
    try {
      for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
        try {
          // Versions 0 and 1 hold the same report; the version field is not part of it.
          reports.add(JSON.readValue(line, StageReport.class));
        } catch (IOException torn) {
          // Only the last line can be torn; the rest stays readable.
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("could not read " + file, e);
    }
    return reports;
  }

  /** The last successful run of {@code stage}, if any. */
  public Optional<StageReport> lastSucceeded(String stage) {
    List<StageReport> runs = read();
    for (int i = runs.size() - 1; i >= 0; i--) {
      StageReport run = runs.get(i);
      if (stage.equals(run.stage()) && run.succeeded()) {
        return Optional.of(run);
      }
    }
    return Optional.empty();
  }

  /**
   * The last record of each stage in {@code reports} (oldest first, as {@link #read} gives them),
   * in {@link #PIPELINE} order; stages the pipeline does not name follow by name.
   */
  public static List<StageReport> latestOfEachStage(List<StageReport> reports) {
    Map<String, StageReport> last = new HashMap<>();
    for (StageReport r : reports) {
      if (r.stage() != null) {
        last.put(r.stage(), r);
      }
    }
    return last.values().stream()
        .sorted(Comparator.comparingInt(RunLog::pipelineRank).thenComparing(StageReport::stage))
        .toList();
  }

  private static int pipelineRank(StageReport r) {
    int i = PIPELINE.indexOf(r.stage());
    return i < 0 ? PIPELINE.size() : i;
  }
}
