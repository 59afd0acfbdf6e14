package org.ossatlas.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.ossatlas.common.Workspace;
import org.ossatlas.graph.GraphConnection;
import org.ossatlas.graph.testing.SharedTestGraph;

/**
 * A small atlas written into the shared test graph with Cypher, shaped exactly as docs/graph.md
 * says the loader and the analytics write it: two top-level categories and a subcategory, four
 * projects, two backers, links, curated relations and, optionally, computed metrics with their
 * charts and CSV files in the workspace.
 */
final class SiteFixture {
  static final String AS_OF = "2026-10";

  static final String CURATED =
      """
      CREATE (data:Category {id: 'data', name: 'Data engineering', depth: 0,
              description: 'Tools that move, store and *shape* data.'})
      CREATE (orch:Category {id: 'orchestration', name: 'Workflow orchestration', parent: 'data', depth: 1,
              description: 'Schedulers and pipelines. See [Airflow](../../projects/airflow/).'})
      CREATE (ml:Category {id: 'ml', name: 'Machine learning', depth: 0,
              description: 'Libraries to train and serve models.'})
      CREATE (orch)-[:SUBCATEGORY_OF]->(data)

      CREATE (airflow:Project {id: 'airflow', name: 'Apache Airflow', source: 'github',
              repo: 'https://github.com/apache/airflow', homepage: 'https://airflow.apache.org/',
              primary_category: 'orchestration',
              description: 'A platform to **author, schedule and monitor** workflows.\\n\\n## Features\\n\\n- Python DAGs\\n- A rich UI\\n\\n| Part | Role |\\n|---|---|\\n| Scheduler | runs tasks |\\n\\nSee <https://airflow.apache.org/docs/>.'})
      CREATE (dagster:Project {id: 'dagster', name: 'Dagster', source: 'github',
              repo: 'https://github.com/dagster-io/dagster.git', primary_category: 'orchestration',
              description: 'An orchestrator for data assets.'})
      CREATE (luigi:Project {id: 'luigi', name: 'Luigi', source: 'git',
              repo: 'git@github.com:spotify/luigi.git', primary_category: 'data',
              description: 'Batch jobs as Python classes.'})
      CREATE (torch:Project {id: 'pytorch', name: 'PyTorch', source: 'github',
              repo: 'https://github.com/pytorch/pytorch', homepage: 'https://pytorch.org/',
              primary_category: 'ml', description: 'Tensors and neural networks.'})
      CREATE (airflow)-[:IN_CATEGORY {primary: true, position: 0}]->(orch)
      CREATE (dagster)-[:IN_CATEGORY {primary: true, position: 0}]->(orch)
      CREATE (dagster)-[:IN_CATEGORY {primary: false, position: 1}]->(ml)
      CREATE (luigi)-[:IN_CATEGORY {primary: true, position: 0}]->(data)
      CREATE (torch)-[:IN_CATEGORY {primary: true, position: 0}]->(ml)

      CREATE (asf:Backer {id: 'apache', name: 'Apache Software Foundation', kind: 'foundation',
              url: 'https://www.apache.org/', description: 'Home of *Apache* projects.'})
      CREATE (elementl:Backer {id: 'dagster-labs', name: 'Dagster Labs', kind: 'company',
              url: 'https://dagster.io/', description: 'Makers of Dagster.'})
      CREATE (airflow)-[:BACKED_BY {role: 'steward'}]->(asf)
      CREATE (dagster)-[:BACKED_BY {role: 'creator'}]->(elementl)
      CREATE (dagster)-[:BACKED_BY {role: 'maintainer'}]->(elementl)

      CREATE (l1:Link {id: 'airflow|https://airflow.apache.org/docs/', project: 'airflow', kind: 'docs',
              url: 'https://airflow.apache.org/docs/', title: 'Airflow documentation', position: 0})
      CREATE (l2:Link {id: 'airflow|https://example.com/talk', project: 'airflow', kind: 'talk',
              url: 'https://example.com/talk', title: 'Airflow at scale', position: 1})
      CREATE (airflow)-[:HAS_LINK]->(l1)
      CREATE (airflow)-[:HAS_LINK]->(l2)

      CREATE (dagster)-[:RELATED {kind: 'alternative-to'}]->(airflow)
      CREATE (luigi)-[:RELATED {kind: 'alternative-to'}]->(airflow)
      CREATE (airflow)-[:RELATED {kind: 'integrates-with'}]->(torch)
      """;

  static final String SHARES =
      """
      MATCH (a:Project {id: 'airflow'}), (d:Project {id: 'dagster'})
      CREATE (a)-[:SHARES_CONTRIBUTORS {shared: 14, jaccard: 0.07}]->(d)
      """;

  static final List<String> MONTHS = months("2024-11", 24);

  private SiteFixture() {}

  /** The curated graph only: what a fresh clone has before any harvest. */
  static GraphConnection curated() {
    GraphConnection graph = SharedTestGraph.emptied();
    graph.write(tx -> tx.run(CURATED).consume());
    return graph;
  }

  /** The curated graph plus computed metrics, and charts and CSV files in {@code workspace}. */
  static GraphConnection analysed(Workspace workspace) {
    GraphConnection graph = curated();
    graph.write(tx -> tx.run(SHARES).consume());
    metrics(graph, "Project", "airflow", 40, 5, "growing", 1);
    metrics(graph, "Project", "dagster", 30, -3, "steady", 2);
    metrics(graph, "Project", "luigi", 20, -8, "declining", 1);
    metrics(graph, "Project", "pytorch", 90, 2, "growing", 1);
    metrics(graph, "Category", "data", 90, 0, null, 0);
    metrics(graph, "Category", "orchestration", 70, 1, null, 0);
    metrics(graph, "Category", "ml", 120, 1, null, 0);
    metrics(graph, "Backer", "apache", 40, 5, null, 0);
    metrics(graph, "Backer", "dagster-labs", 30, -3, null, 0);
    for (String id : List.of("airflow", "dagster", "luigi", "pytorch")) {
      write(workspace.charts().resolve("projects/" + id + ".svg"), svg(id, 600, 240));
      write(workspace.charts().resolve("projects/" + id + ".spark.svg"), svg(id, 120, 30));
      write(workspace.metrics().resolve("projects/" + id + ".csv"), csv());
    }
    write(
        workspace.charts().resolve("categories/orchestration.svg"), svg("orchestration", 600, 240));
    write(workspace.metrics().resolve("categories/orchestration.csv"), csv());
    write(workspace.charts().resolve("backers/apache.svg"), svg("apache", 600, 240));
    write(
        workspace.metrics().resolve("projects.csv"),
        "project,commits,authors\nairflow,1000,50\ndagster,800,40\n");
    return graph;
  }

  /**
   * Sets the computed properties of a node: a monthly series starting at {@code base} commits that
   * grows by {@code slope} a month, and the totals, windows and project metrics derived from it.
   */
  static void metrics(
      GraphConnection graph,
      String label,
      String id,
      long base,
      long slope,
      String trend,
      long bus) {
    long[] commits = new long[MONTHS.size()];
    long total = 0;
    for (int i = 0; i < commits.length; i++) {
      commits[i] = Math.max(1, base + slope * i);
      total += commits[i];
    }
    long last12 = 0;
    long prev12 = 0;
    for (int i = 0; i < 12; i++) {
      prev12 += commits[i];
      last12 += commits[12 + i];
    }
    List<Long> series = java.util.Arrays.stream(commits).boxed().toList();
    Map<String, Object> props = new java.util.HashMap<>();
    props.put("commits", total);
    props.put("authors", base / 2);
    props.put("bot_commits", 3L);
    props.put("additions", total * 40);
    props.put("deletions", total * 15);
    props.put("first_commit", MONTHS.get(0) + "-03T10:00:00Z");
    props.put("last_commit", AS_OF + "-28T16:30:00Z");
    props.put("active_months", (long) MONTHS.size());
    props.put("commits_12m", last12);
    props.put("authors_12m", base / 3);
    props.put("commits_prev_12m", prev12);
    props.put("authors_prev_12m", base / 4);
    props.put("commits_12m_change", (double) last12 / prev12 - 1);
    props.put("series_months", MONTHS);
    props.put("series_commits", series);
    props.put("series_authors", series.stream().map(c -> c / 3).toList());
    props.put("metrics_as_of", AS_OF);
    if (label.equals("Project")) {
      props.put("age_days", 731L);
      props.put("trend", trend);
      props.put("bus_factor", bus);
      props.put("distribution_score", 0.62);
      props.put("retention", 0.48);
      props.put("rank_in_category", 1L);
      props.put("centrality", 0.1234);
    } else {
      props.put("projects", 2L);
    }
    graph.write(
        tx ->
            tx.run(
                    "MATCH (n:" + label + " {id: $id}) SET n += $props",
                    Map.of("id", id, "props", props))
                .consume());
  }

  static String svg(String id, int width, int height) {
    return "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\""
        + width
        + "\" height=\""
        + height
        + "\" viewBox=\"0 0 "
        + width
        + " "
        + height
        + "\"><rect width=\"100%\" height=\"100%\" style=\"fill:#ffffff\"/>"
        + "<polyline points=\"0,"
        + height
        + " "
        + width / 2
        + ","
        + height / 3
        + " "
        + width
        + ",0\" style=\"fill:none;stroke:#0f5b78;stroke-width:2\"/><text x=\"4\" y=\"14\">"
        + id
        + "</text></svg>\n";
  }

  static String csv() {
    StringBuilder b =
        new StringBuilder("month,commits,authors,new_authors,additions,deletions,bot_commits\n");
    for (String m : MONTHS) {
      b.append(m).append(",10,3,1,100,20,0\n");
    }
    return b.toString();
  }

  static void write(Path file, String text) {
    try {
      Files.createDirectories(file.getParent());
      Files.writeString(file, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<String> months(String first, int count) {
    java.time.YearMonth m = java.time.YearMonth.parse(first);
    return java.util.stream.IntStream.range(0, count)
        .mapToObj(i -> m.plusMonths(i).toString())
        .toList();
  }

  static Workspace workspace(Path dir) {
    return new Workspace(dir.resolve("sheets"), dir.resolve("data"), dir.resolve("site-out"));
  }
}
