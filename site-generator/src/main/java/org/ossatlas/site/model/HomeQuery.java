package org.ossatlas.site.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.Record;
import org.neo4j.driver.TransactionContext;
import org.ossatlas.graph.GraphConnection;

/** The index page: totals, the category tree and the movers, in one read transaction. */
public final class HomeQuery {
  /** Movers need some history: at least this many commits in the 12 months before. */
  static final int MOVER_MIN_PREVIOUS_COMMITS = 12;

  static final int MOVERS = 8;

  static final String TOTALS =
      """
      MATCH (p:Project)
      RETURN count(p) AS projects, sum(p.commits_12m) AS commits_12m,
             count(p.commits_12m) AS measured,
             max(p.metrics_as_of) AS as_of,
             COUNT { MATCH (:Category) } AS categories, COUNT { MATCH (:Backer) } AS backers
      """;

  static final String TREE =
      """
      MATCH (c:Category)
      RETURN c.id AS id, c.name AS name, c.parent AS parent, c.description AS description,
             size(COLLECT { MATCH (q:Project)-[:IN_CATEGORY]->(:Category)-[:SUBCATEGORY_OF*0..]->(c)
                            RETURN DISTINCT q.id }) AS projects
      ORDER BY toLower(coalesce(c.name, c.id)), c.id
      """;

  /** Archived repositories are left out: their decline is a decision, not news. */
  static final String MOVERS_CYPHER =
      """
      MATCH (p:Project)
      WHERE p.commits_12m_change IS NOT NULL AND p.commits_prev_12m >= $min
        AND coalesce(p.archived, false) = false
        AND ($up AND p.commits_12m_change > 0 OR NOT $up AND p.commits_12m_change < 0)
      OPTIONAL MATCH (pc:Category {id: p.primary_category})
      RETURN %s AS row
      ORDER BY CASE WHEN $up THEN -p.commits_12m_change ELSE p.commits_12m_change END, p.id
      LIMIT $limit
      """
          .formatted(Rows.CYPHER);

  private final ModelContext context;

  public HomeQuery(ModelContext context) {
    this.context = context;
  }

  public HomePage run(GraphConnection graph) {
    return graph.read(this::page);
  }

  private HomePage page(TransactionContext tx) {
    Record totals = tx.run(TOTALS).single();
    String asOf = totals.get("as_of").isNull() ? null : totals.get("as_of").asString();
    Long commits = totals.get("measured").asLong() == 0 ? null : totals.get("commits_12m").asLong();
    List<TreeNode> tree = tree(tx.run(TREE).list(Record::asMap));
    return new HomePage(
        totals.get("projects").asLong(),
        totals.get("categories").asLong(),
        totals.get("backers").asLong(),
        commits,
        Format.count(commits),
        asOf,
        asOf == null ? null : Format.month(asOf),
        tree,
        movers(tx, true),
        movers(tx, false));
  }

  private List<ProjectRow> movers(TransactionContext tx, boolean up) {
    Map<String, Object> params =
        Map.of("min", MOVER_MIN_PREVIOUS_COMMITS, "up", up, "limit", MOVERS);
    return tx.run(MOVERS_CYPHER, params).list(r -> Rows.row(r.get("row").asMap(), context));
  }

  /** Roots are categories without a (known) parent; children keep the query's name order. */
  private List<TreeNode> tree(List<Map<String, Object>> rows) {
    Map<String, Map<String, Object>> byId = new LinkedHashMap<>();
    rows.forEach(r -> byId.put((String) r.get("id"), r));
    Map<String, List<String>> children = new LinkedHashMap<>();
    List<String> roots = new ArrayList<>();
    for (Map<String, Object> r : rows) {
      String parent = (String) r.get("parent");
      if (parent == null || !byId.containsKey(parent)) {
        roots.add((String) r.get("id"));
      } else {
        children.computeIfAbsent(parent, k -> new ArrayList<>()).add((String) r.get("id"));
      }
    }
    return roots.stream().map(id -> node(id, byId, children, 0)).toList();
  }

  private TreeNode node(
      String id,
      Map<String, Map<String, Object>> byId,
      Map<String, List<String>> children,
      int depth) {
    Map<String, Object> r = byId.get(id);
    List<TreeNode> kids =
        depth > 32
            ? List.of()
            : children.getOrDefault(id, List.of()).stream()
                .map(c -> node(c, byId, children, depth + 1))
                .toList();
    return new TreeNode(
        Ref.category(id, (String) r.get("name")),
        ((Number) r.get("projects")).longValue(),
        context.markdown().summary((String) r.get("description"), ModelContext.SUMMARY_LENGTH),
        kids);
  }

  /** Every node of the tree, depth first, for lists that need no nesting. */
  public static List<TreeNode> flatten(List<TreeNode> tree) {
    List<TreeNode> all = new ArrayList<>();
    for (TreeNode n : tree) {
      all.add(n);
      all.addAll(flatten(n.children()));
    }
    return all;
  }

  static final Comparator<ProjectRow> BY_NAME =
      Comparator.comparing((ProjectRow r) -> r.project().name().toLowerCase(java.util.Locale.ROOT))
          .thenComparing(r -> r.project().id());
}
