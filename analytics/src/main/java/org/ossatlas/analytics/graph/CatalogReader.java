package org.ossatlas.analytics.graph;

import java.util.List;
import org.neo4j.driver.Record;
import org.ossatlas.graph.GraphConnection;

/** Reads the {@link Catalog} from the graph in one read transaction. */
public final class CatalogReader {
  private static final String PROJECTS =
      """
      MATCH (p:Project)
      OPTIONAL MATCH (p)-[r:IN_CATEGORY]->(c:Category) WHERE r.primary = true
      WITH p, min(c.id) AS primary
      RETURN p.id AS id, coalesce(p.name, p.id) AS name,
             coalesce(primary, p.primary_category) AS primary
      ORDER BY id""";

  private static final String CATEGORIES =
      """
      MATCH (c:Category)
      OPTIONAL MATCH (p:Project)-[:IN_CATEGORY]->(:Category)-[:SUBCATEGORY_OF*0..]->(c)
      WITH c, p.id AS project ORDER BY project
      RETURN c.id AS id, coalesce(c.name, c.id) AS name, collect(DISTINCT project) AS projects
      ORDER BY id""";

  private static final String BACKERS =
      """
      MATCH (b:Backer)
      OPTIONAL MATCH (p:Project)-[:BACKED_BY]->(b)
      WITH b, p.id AS project ORDER BY project
      RETURN b.id AS id, coalesce(b.name, b.id) AS name, collect(DISTINCT project) AS projects
      ORDER BY id""";

  private static final String RELATED =
      """
      MATCH (a:Project)-[:RELATED]->(b:Project)
      RETURN DISTINCT a.id AS from, b.id AS to
      ORDER BY from, to""";

  private CatalogReader() {}

  public static Catalog read(GraphConnection graph) {
    return graph.read(
        tx ->
            new Catalog(
                tx.run(PROJECTS).list(CatalogReader::project),
                tx.run(CATEGORIES).list(CatalogReader::group),
                tx.run(BACKERS).list(CatalogReader::group),
                tx.run(RELATED)
                    .list(
                        r ->
                            new Catalog.Relation(
                                r.get("from").asString(), r.get("to").asString()))));
  }

  private static Catalog.Project project(Record r) {
    String primary = r.get("primary").isNull() ? null : r.get("primary").asString();
    return new Catalog.Project(r.get("id").asString(), r.get("name").asString(), primary);
  }

  private static Catalog.Group group(Record r) {
    List<String> projects = r.get("projects").asList(v -> v.asString());
    return new Catalog.Group(r.get("id").asString(), r.get("name").asString(), projects);
  }
}
