package org.ossatlas.site.model;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.ossatlas.common.RunLog;
import org.ossatlas.common.StageReport;

/**
 * The status page's model: the last run of every stage (in pipeline order) and the most recent
 * runs, newest first. It depends only on the run log it is given, never on the clock, so the same
 * log gives the same page.
 */
public record PipelineStatus(List<StageRow> latest, List<StageRow> history, int runs) {
  /** Runs shown in the history table. */
  public static final int HISTORY = 30;

  /**
   * Stages that publish rather than produce data. Left off the page: with them on it, every render
   * would differ from the last (it would show the previous render), and every deploy would have a
   * page to commit although nothing changed.
   */
  static final Set<String> PUBLISHING = Set.of("render", "deploy");

  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'", Locale.US).withZone(ZoneOffset.UTC);

  /** From the run log's records, oldest first (as {@code RunLog.read()} returns them). */
  public static PipelineStatus of(List<StageReport> log) {
    List<StageReport> reports =
        log.stream().filter(r -> r.stage() != null && !PUBLISHING.contains(r.stage())).toList();
    List<StageRow> latest =
        RunLog.latestOfEachStage(reports).stream().map(PipelineStatus::row).toList();
    List<StageRow> history = new ArrayList<>();
    for (int i = reports.size() - 1; i >= 0 && history.size() < HISTORY; i--) {
      history.add(row(reports.get(i)));
    }
    return new PipelineStatus(latest, List.copyOf(history), reports.size());
  }

  public boolean hasRuns() {
    return !latest.isEmpty();
  }

  static StageRow row(StageReport r) {
    return new StageRow(
        r.stage(),
        r.start() == null ? Format.NONE : WHEN.format(r.start()),
        r.start() == null ? "" : r.start().truncatedTo(ChronoUnit.SECONDS).toString(),
        duration(r.durationMillis()),
        counts(r.in()),
        counts(r.out()),
        rate(r.recordsPerSecond()),
        heap(r.peakHeapBytes()),
        r.warnings() == null ? 0 : r.warnings().size(),
        r.skipped() == null ? 0 : r.skipped().size(),
        r.succeeded());
  }

  /** {@code 0.4 s}, {@code 12.3 s}, {@code 3 min 04 s}, {@code 1 h 02 min}. */
  static String duration(long millis) {
    if (millis < 60_000) {
      return decimal("0.0").format(millis / 1000.0) + " s";
    }
    long seconds = millis / 1000;
    if (seconds < 3600) {
      return String.format(Locale.ROOT, "%d min %02d s", seconds / 60, seconds % 60);
    }
    return String.format(Locale.ROOT, "%d h %02d min", seconds / 3600, seconds % 3600 / 60);
  }

  static String rate(double perSecond) {
    if (Double.isNaN(perSecond) || perSecond <= 0) {
      return Format.NONE;
    }
    return decimal(perSecond < 10 ? "0.0" : "#,##0").format(perSecond) + "/s";
  }

  static String heap(long bytes) {
    if (bytes <= 0) {
      return Format.NONE;
    }
    return decimal("#,##0").format(Math.max(1, Math.round(bytes / 1048576.0))) + " MiB";
  }

  private static List<String> counts(Map<String, Long> counts) {
    if (counts == null) {
      return List.of();
    }
    return counts.entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .map(e -> e.getKey() + " " + Format.count(e.getValue()))
        .toList();
  }

  private static DecimalFormat decimal(String pattern) {
    return new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(Locale.US));
  }
}
