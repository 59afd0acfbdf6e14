package org.ossatlas.site.model;

import java.util.List;
import java.util.Map;
import org.neo4j.driver.Record;
import org.ossatlas.graph.GraphConnection;

/** The backer pages: one query for all backers with the projects they back and how. */
public final class BackerQuery {
  static final String CYPHER =
      """
      MATCH (b:Backer)
      RETURN b.id AS id, properties(b) AS props,
        COLLECT { MATCH (p:Project)-[r:BACKED_BY]->(b)
                  WITH p, collect(DISTINCT r.role) AS roles
                  OPTIONAL MATCH (pc:Category {id: p.primary_category})
                  RETURN {row: %s, roles: roles} ORDER BY p.id } AS projects
      ORDER BY id
      """
          .formatted(Rows.CYPHER);

  private final ModelContext context;

  public BackerQuery(ModelContext context) {
    this.context = context;
  }

  public List<BackerPage> run(GraphConnection graph) {
    return PageRecords.read(graph, CYPHER, this::page);
  }

  @SuppressWarnings("unchecked")
  private BackerPage page(Record r) {
    Map<String, Object> props = r.get("props").asMap();
    String id = (String) props.get("id");
    String name = props.get("name") == null ? id : props.get("name").toString();
    Metrics metrics = Metrics.from(props);
    String description = (String) props.get("description");
    PublishedFiles files = context.files();
    Chart chart = files.activityChart("backers", id, name, metrics);
    List<DataFile> data = files.activityData("backers", id);
    List<BackedProject> projects =
        r.get("projects").asList(v -> v.asMap()).stream()
            .map(
                m ->
                    new BackedProject(
                        Rows.row((Map<String, Object>) m.get("row"), context),
                        String.join(
                            ", ", ((List<String>) m.get("roles")).stream().sorted().toList())))
            .toList();
    return new BackerPage(
        Ref.backer(id, name),
        (String) props.get("kind"),
        ProjectQuery.safeHttp((String) props.get("url")),
        context.markdown().summary(description, ModelContext.SUMMARY_LENGTH),
        context.markdown().toHtml(description),
        projects,
        metrics,
        context.definitions().keyMetrics("backer", metrics),
        chart,
        List.copyOf(data));
  }
}
