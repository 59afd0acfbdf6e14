package org.ossatlas.bench;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.ossatlas.common.commits.CommitTableReader;

/**
 * The analytics baseline: DuckDB reading the same {@code commits.csv.gz} and computing the same
 * monthly series per project (commits and authors without bots, new authors, lines, bot commits).
 */
final class DuckDbBaseline {
  private DuckDbBaseline() {}

  private static final String LOAD =
      "CREATE TABLE c AS SELECT project, author_key, author_time, additions, deletions, is_bot"
          + " FROM read_csv('%s', header = true, skip = %d, columns = {"
          + "'project': 'VARCHAR', 'sha': 'VARCHAR', 'author_key': 'VARCHAR',"
          + " 'author_time': 'TIMESTAMP', 'committer_key': 'VARCHAR',"
          + " 'committer_time': 'TIMESTAMP', 'additions': 'BIGINT', 'deletions': 'BIGINT',"
          + " 'files_changed': 'BIGINT', 'is_merge': 'BOOLEAN', 'is_bot': 'BOOLEAN'})";

  private static final String MONTHLY =
      "WITH m AS (SELECT project, strftime(author_time, '%Y-%m') AS month, author_key, is_bot,"
          + " additions, deletions FROM c),"
          + " firsts AS (SELECT project, author_key, min(month) AS month FROM m"
          + "   WHERE NOT is_bot GROUP BY ALL),"
          + " news AS (SELECT project, month, count(*) AS new_authors FROM firsts GROUP BY ALL),"
          + " series AS (SELECT project, month,"
          + "   count(*) FILTER (WHERE NOT is_bot) AS commits,"
          + "   count(DISTINCT author_key) FILTER (WHERE NOT is_bot) AS authors,"
          + "   sum(additions) AS additions, sum(deletions) AS deletions,"
          + "   count(*) FILTER (WHERE is_bot) AS bot_commits FROM m GROUP BY ALL)"
          + " SELECT count(*), sum(commits), sum(coalesce(new_authors, 0)) FROM series"
          + " LEFT JOIN news USING (project, month)";

  /** Totals of the monthly series: rows, human commits, new authors (to check both agree). */
  record Totals(long rows, long commits, long newAuthors) {}

  static Totals monthly(Path commits) throws SQLException {
    try (Connection db = DriverManager.getConnection("jdbc:duckdb:");
        Statement sql = db.createStatement()) {
      // The same budget as ours: the machine's cores, and the 4 GiB our default heap has.
      sql.execute("SET threads = " + Runtime.getRuntime().availableProcessors());
      sql.execute("SET memory_limit = '4GB'");
      // The version line (format 2) comes before the header; DuckDB skips it.
      int skip;
      try (CommitTableReader reader = CommitTableReader.open(commits)) {
        skip = reader.version() > 1 ? 1 : 0;
      }
      sql.execute(
          String.format(
              java.util.Locale.ROOT,
              LOAD,
              commits.toAbsolutePath().toString().replace("'", "''"),
              skip));
      try (ResultSet r = sql.executeQuery(MONTHLY)) {
        r.next();
        return new Totals(r.getLong(1), r.getLong(2), r.getLong(3));
      }
    }
  }
}
