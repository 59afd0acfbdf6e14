package org.ossatlas.graph.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A small, valid set of the six curated sheets, written into a test's folder, with single files
 * replaced or left out. Each sheet has a quoted value spanning lines on its first data row, so that
 * later line numbers prove that multi-line values are counted.
 */
public final class SheetsFixture {
  public static final String CATEGORIES =
      """
      id,name,parent,description
      databases,Databases,,"Systems that store data.

      They come in **many** kinds."
      analytical,Analytical databases,databases,Column stores for analytics.
      workflow,Workflow orchestration,,Schedulers for data pipelines.
      """;

  public static final String PROJECTS =
      """
      id,name,repo,categories,homepage,description,source
      duckdb,DuckDB,https://github.com/duckdb/duckdb,analytical;databases,https://duckdb.org,"An in-process SQL OLAP database.

      Fast *and* [embedded](https://duckdb.org/why_duckdb).",github
      airflow,Apache Airflow,https://github.com/apache/airflow,workflow,https://airflow.apache.org,Author and schedule workflows.,
      sqlite,SQLite,https://github.com/sqlite/sqlite.git,databases,,A small SQL engine.,auto
      """;

  public static final String BACKERS =
      """
      id,name,kind,url,description
      duckdb-labs,DuckDB Labs,company,https://duckdblabs.com,"Builds DuckDB.
      From Amsterdam."
      apache,Apache Software Foundation,foundation,https://www.apache.org,
      """;

  public static final String PROJECT_BACKERS =
      """
      project,backer,role
      duckdb,duckdb-labs,creator
      airflow,apache,steward
      """;

  public static final String LINKS =
      """
      project,kind,url,title
      duckdb,docs,https://duckdb.org/docs/,"Documentation,
      all of it"
      duckdb,paper,https://duckdb.org/pdf/SIGMOD2019-demo-duckdb.pdf,DuckDB demo paper
      airflow,docs,https://airflow.apache.org/docs/,Airflow documentation
      """;

  public static final String RELATIONS =
      """
      from,to,kind
      duckdb,sqlite,alternative-to
      airflow,duckdb,integrates-with
      """;

  private final Map<String, String> files = new LinkedHashMap<>();

  private SheetsFixture() {
    files.put("categories.csv", CATEGORIES);
    files.put("projects.csv", PROJECTS);
    files.put("backers.csv", BACKERS);
    files.put("project_backers.csv", PROJECT_BACKERS);
    files.put("links.csv", LINKS);
    files.put("relations.csv", RELATIONS);
  }

  public static SheetsFixture clean() {
    return new SheetsFixture();
  }

  /** Replaces one file's content. */
  public SheetsFixture with(String file, String content) {
    files.put(file, content);
    return this;
  }

  /** Leaves one file out. */
  public SheetsFixture without(String file) {
    files.put(file, null);
    return this;
  }

  /** Writes the files into {@code dir} (created if needed), removing left-out ones; returns it. */
  public Path writeTo(Path dir) {
    try {
      Files.createDirectories(dir);
      for (Map.Entry<String, String> file : files.entrySet()) {
        Path path = dir.resolve(file.getKey());
        if (file.getValue() == null) {
          Files.deleteIfExists(path);
        } else {
          Files.writeString(path, file.getValue(), StandardCharsets.UTF_8);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return dir;
  }
}
