package org.ossatlas.site.model;

import java.util.List;
import java.util.Map;
import org.neo4j.driver.Record;
import org.ossatlas.graph.GraphConnection;

/** The category pages: one query for all categories with their member projects. */
public final class CategoryQuery {
  static final String CYPHER =
      """
      MATCH (c:Category)
      RETURN c.id AS id, properties(c) AS props,
        COLLECT { MATCH path = (c)-[:SUBCATEGORY_OF*1..]->(a:Category)
                  RETURN {id: a.id, name: a.name} ORDER BY length(path) DESC } AS trail,
        COLLECT { MATCH (s:Category)-[:SUBCATEGORY_OF]->(c)
                  RETURN {id: s.id, name: s.name,
                          projects: size(COLLECT { MATCH (q:Project)-[:IN_CATEGORY]->(:Category)-[:SUBCATEGORY_OF*0..]->(s)
                                                   RETURN DISTINCT q.id })}
                  ORDER BY s.name, s.id } AS subcategories,
        COLLECT { MATCH (p:Project)-[:IN_CATEGORY]->(:Category)-[:SUBCATEGORY_OF*0..]->(c)
                  WITH DISTINCT p
                  OPTIONAL MATCH (pc:Category {id: p.primary_category})
                  RETURN %s ORDER BY p.id } AS members
      ORDER BY id
      """
          .formatted(Rows.CYPHER);

  private final ModelContext context;

  public CategoryQuery(ModelContext context) {
    this.context = context;
  }

  public List<CategoryPage> run(GraphConnection graph) {
    return PageRecords.read(graph, CYPHER, this::page);
  }

  private CategoryPage page(Record r) {
    Map<String, Object> props = r.get("props").asMap();
    String id = (String) props.get("id");
    String name = props.get("name") == null ? id : props.get("name").toString();
    Metrics metrics = Metrics.from(props);
    String description = (String) props.get("description");
    PublishedFiles files = context.files();
    Chart chart = files.activityChart("categories", id, name, metrics);
    List<DataFile> data = files.activityData("categories", id);
    List<CategoryLink> subcategories =
        r.get("subcategories").asList(v -> v.asMap()).stream()
            .map(
                m ->
                    new CategoryLink(
                        Ref.category((String) m.get("id"), (String) m.get("name")),
                        ((Number) m.get("projects")).longValue()))
            .toList();
    List<ProjectRow> members =
        r.get("members").asList(v -> v.asMap()).stream().map(m -> Rows.row(m, context)).toList();
    return new CategoryPage(
        Ref.category(id, name),
        (String) props.get("parent"),
        props.get("depth") instanceof Number n ? n.intValue() : 0,
        context.markdown().summary(description, ModelContext.SUMMARY_LENGTH),
        context.markdown().toHtml(description),
        ProjectQuery.refs(r.get("trail").asList(v -> v.asMap()), Ref::category),
        subcategories,
        members,
        metrics,
        context.definitions().keyMetrics("category", metrics),
        chart,
        List.copyOf(data));
  }
}
