package org.ossatlas.analytics.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.ossatlas.analytics.metrics.EntityActivity;
import org.ossatlas.analytics.metrics.EntityResults;
import org.ossatlas.analytics.series.TimeSeries;
import org.ossatlas.common.SpreadsheetSafe;

/**
 * Writes {@code data/metrics}: per entity kind a folder of series ({@code projects/ID.csv}, one row
 * per month: {@link #SERIES_HEADER}) and a summary ({@code projects.csv}: id, name, every metric,
 * metrics_as_of). Files go into a fresh folder that the caller swaps in whole.
 */
public final class MetricsFiles {
  public static final List<String> SERIES_HEADER = seriesHeader();

  private static final CSVFormat FORMAT =
      CSVFormat.DEFAULT.builder().setRecordSeparator("\n").get();

  private MetricsFiles() {}

  /** Writes every file of {@code results} under {@code dir}; returns the number of series files. */
  public static int write(Path dir, List<EntityResults> results, String asOf) {
    int series = 0;
    for (EntityResults r : results) {
      Path folder = dir.resolve(r.kind().folder());
      createDirectories(folder);
      for (Map.Entry<Integer, TimeSeries> e : r.seriesByEntity().entrySet()) {
        writeSeries(folder.resolve(r.ids().get(e.getKey()) + ".csv"), e.getValue());
        series++;
      }
      writeSummary(dir.resolve(r.kind().folder() + ".csv"), r, asOf);
    }
    return series;
  }

  /** One series: month, then the series columns. */
  public static void writeSeries(Path file, TimeSeries series) {
    List<String> months = series.labels().asList();
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      line(out, SERIES_HEADER);
      for (int row = 0; row < months.size(); row++) {
        List<Object> cells = new ArrayList<>();
        cells.add(months.get(row));
        for (String column : EntityActivity.SERIES) {
          cells.add(series.values(column).getLong(row));
        }
        line(out, cells);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("could not write " + file, e);
    }
  }

  /** The summary of one kind: id, name, each metric, metrics_as_of. */
  public static void writeSummary(Path file, EntityResults results, String asOf) {
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      List<String> header = new ArrayList<>(List.of("id", "name"));
      header.addAll(results.metricNames());
      header.add("metrics_as_of");
      line(out, header);
      for (int e = 0; e < results.ids().size(); e++) {
        List<String> cells = new ArrayList<>();
        cells.add(results.ids().get(e));
        cells.add(results.names().get(e));
        for (String metric : results.metricNames()) {
          cells.add(CsvValues.format(results.value(e, metric)));
        }
        cells.add(asOf == null ? "" : asOf);
        line(out, cells);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("could not write " + file, e);
    }
  }

  /**
   * One record, quoted where needed, ended by a newline (CSVPrinter needs SpotBugs classes). The
   * site publishes these files: every cell is made safe to open in a spreadsheet.
   */
  private static void line(Writer out, List<?> cells) throws IOException {
    out.write(
        FORMAT.format(
            cells.stream()
                .map(c -> c == null ? null : SpreadsheetSafe.cell(c.toString()))
                .toArray()));
    out.write('\n');
  }

  private static List<String> seriesHeader() {
    List<String> header = new ArrayList<>(List.of("month"));
    header.addAll(EntityActivity.SERIES);
    return List.copyOf(header);
  }

  private static void createDirectories(Path dir) {
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new UncheckedIOException("could not create " + dir, e);
    }
  }
}
