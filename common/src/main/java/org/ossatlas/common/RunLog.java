package org.ossatlas.common;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * The run history in {@code data/runs/runs.jsonl}: one JSON line per stage run, appended with a
 * single write so that concurrent or killed runs never interleave half lines.
 */
public final class RunLog {
  private static final ObjectMapper JSON =
      new ObjectMapper()
          .registerModule(new JavaTimeModule())
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

  private final Path file;

  public RunLog(Workspace workspace) {
    this.file = workspace.runs().resolve("runs.jsonl");
  }

  public void append(StageReport report) {
    try {
      Files.createDirectories(file.getParent());
      byte[] line = (JSON.writeValueAsString(report) + "\n").getBytes(StandardCharsets.UTF_8);
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
}
