package org.ossatlas.site.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.neo4j.driver.Record;
import org.ossatlas.graph.GraphConnection;

/** The project pages: one query for all projects, with their links, backers and relations. */
public final class ProjectQuery {
  static final String CYPHER =
      """
      MATCH (p:Project)
      OPTIONAL MATCH (pc:Category {id: p.primary_category})
      RETURN p.id AS id, properties(p) AS props, %s AS row,
        COLLECT { MATCH (p)-[:HAS_LINK]->(l:Link)
                  RETURN l {.kind, .url, .title} ORDER BY l.position, l.url } AS links,
        COLLECT { MATCH (p)-[r:BACKED_BY]->(b:Backer)
                  RETURN {id: b.id, name: b.name, kind: b.kind, role: r.role,
                          domains: coalesce(b.domains, []),
                          evidence_commits: r.evidence_commits,
                          evidence_authors: r.evidence_authors}
                  ORDER BY b.name, b.id, r.role } AS backers,
        COLLECT { MATCH (p)-[r:IN_CATEGORY]->(c:Category)
                  RETURN {id: c.id, name: c.name} ORDER BY r.position, c.id } AS categories,
        COLLECT { MATCH path = (pc)-[:SUBCATEGORY_OF*0..]->(a:Category)
                  RETURN {id: a.id, name: a.name} ORDER BY length(path) DESC } AS trail,
        COLLECT { MATCH (p)-[r:RELATED]->(o:Project)
                  RETURN {id: o.id, name: o.name, kind: r.kind} ORDER BY r.kind, o.name, o.id } AS related_out,
        COLLECT { MATCH (o:Project)-[r:RELATED]->(p)
                  RETURN {id: o.id, name: o.name, kind: r.kind} ORDER BY r.kind, o.name, o.id } AS related_in,
        COLLECT { MATCH (p)-[s:SHARES_CONTRIBUTORS]-(o:Project)
                  RETURN {id: o.id, name: o.name, shared: s.shared, jaccard: s.jaccard}
                  ORDER BY s.jaccard DESC, s.shared DESC, o.id LIMIT 10 } AS sharing
      ORDER BY id
      """
          .formatted(Rows.CYPHER);

  /** Link kinds in the order a reader wants them, with their headings. */
  private static final Map<String, String> LINK_KINDS = new LinkedHashMap<>();

  static {
    LINK_KINDS.put("docs", "Documentation");
    LINK_KINDS.put("tutorial", "Tutorials");
    LINK_KINDS.put("community", "Community");
    LINK_KINDS.put("article", "Articles");
    LINK_KINDS.put("paper", "Papers");
    LINK_KINDS.put("talk", "Talks");
  }

  private final ModelContext context;

  public ProjectQuery(ModelContext context) {
    this.context = context;
  }

  public List<ProjectPage> run(GraphConnection graph) {
    return PageRecords.read(graph, CYPHER, this::page);
  }

  private ProjectPage page(Record r) {
    Map<String, Object> props = r.get("props").asMap();
    String id = (String) props.get("id");
    String name = props.get("name") == null ? id : props.get("name").toString();
    Metrics metrics = Metrics.from(props);
    String description = (String) props.get("description");
    String repo = (String) props.get("repo");
    PublishedFiles files = context.files();
    Chart chart = files.activityChart("projects", id, name, metrics);
    ProjectRow row = Rows.row(r.get("row").asMap(), context);
    List<DataFile> data = files.projectData(id, row.primaryCategory());
    return new ProjectPage(
        Ref.project(id, name),
        context.markdown().summary(description, ModelContext.SUMMARY_LENGTH),
        context.markdown().toHtml(description),
        repo,
        browsable(repo),
        safeHttp((String) props.get("homepage")),
        refs(r.get("trail").asList(v -> v.asMap()), Ref::category),
        refs(r.get("categories").asList(v -> v.asMap()), Ref::category),
        linkGroups(r.get("links").asList(v -> v.asMap())),
        backers(r.get("backers").asList(v -> v.asMap())),
        relations(
            r.get("related_out").asList(v -> v.asMap()),
            r.get("related_in").asList(v -> v.asMap())),
        sharing(r.get("sharing").asList(v -> v.asMap())),
        metrics,
        context.definitions().keyMetrics("project", metrics),
        row,
        chart,
        List.copyOf(data),
        ProjectDepth.from(props));
  }

  static List<Ref> refs(
      List<Map<String, Object>> maps, java.util.function.BiFunction<String, String, Ref> ref) {
    return maps.stream().map(m -> ref.apply((String) m.get("id"), (String) m.get("name"))).toList();
  }

  private static List<LinkGroup> linkGroups(List<Map<String, Object>> links) {
    Map<String, List<LinkItem>> byKind = new TreeMap<>();
    for (Map<String, Object> l : links) {
      String url = safeHttp((String) l.get("url"));
      if (url == null) {
        continue;
      }
      String title = (String) l.get("title");
      byKind
          .computeIfAbsent(String.valueOf(l.get("kind")), k -> new ArrayList<>())
          .add(new LinkItem(url, title == null || title.isBlank() ? url : title));
    }
    List<LinkGroup> groups = new ArrayList<>();
    LINK_KINDS.forEach(
        (kind, label) ->
            Optional.ofNullable(byKind.remove(kind))
                .ifPresent(items -> groups.add(new LinkGroup(kind, label, List.copyOf(items)))));
    byKind.forEach((kind, items) -> groups.add(new LinkGroup(kind, capitalize(kind), items)));
    return List.copyOf(groups);
  }

  private static List<BackerRole> backers(List<Map<String, Object>> rows) {
    Map<String, BackerRole> byId = new LinkedHashMap<>();
    for (Map<String, Object> b : rows) {
      String id = (String) b.get("id");
      String role = b.get("role") == null ? "" : b.get("role").toString();
      BackerRole old = byId.get(id);
      String roles = old == null || old.roles().isEmpty() ? role : old.roles() + ", " + role;
      Long commits = b.get("evidence_commits") instanceof Number n ? n.longValue() : null;
      Long authors = b.get("evidence_authors") instanceof Number n ? n.longValue() : null;
      @SuppressWarnings("unchecked")
      List<String> domains = (List<String>) b.getOrDefault("domains", List.of());
      byId.put(
          id,
          new BackerRole(
              Ref.backer(id, (String) b.get("name")),
              (String) b.get("kind"),
              roles,
              BackerRole.evidenceText(commits, authors, domains),
              commits != null && commits == 0));
    }
    return List.copyOf(byId.values());
  }

  private static List<Relation> relations(
      List<Map<String, Object>> out, List<Map<String, Object>> in) {
    Map<String, List<Ref>> groups = new LinkedHashMap<>();
    for (String kind : RelationLabels.KINDS) {
      add(groups, RelationLabels.outgoing(kind), out, kind);
      add(groups, RelationLabels.incoming(kind), in, kind);
    }
    for (Map<String, Object> m : out) {
      if (!RelationLabels.KINDS.contains(String.valueOf(m.get("kind")))) {
        add(groups, RelationLabels.outgoing(String.valueOf(m.get("kind"))), List.of(m), null);
      }
    }
    List<Relation> relations = new ArrayList<>();
    groups.forEach((label, refs) -> relations.add(new Relation(label, List.copyOf(refs))));
    return List.copyOf(relations);
  }

  private static void add(
      Map<String, List<Ref>> groups, String label, List<Map<String, Object>> rows, String kind) {
    for (Map<String, Object> m : rows) {
      if (kind == null || kind.equals(m.get("kind"))) {
        List<Ref> refs = groups.computeIfAbsent(label, k -> new ArrayList<>());
        Ref ref = Ref.project((String) m.get("id"), (String) m.get("name"));
        if (!refs.contains(ref)) {
          refs.add(ref);
        }
      }
    }
  }

  private static List<SharedProject> sharing(List<Map<String, Object>> rows) {
    return rows.stream()
        .map(
            m ->
                new SharedProject(
                    Ref.project((String) m.get("id"), (String) m.get("name")),
                    m.get("shared") instanceof Number n ? n.longValue() : 0,
                    m.get("jaccard") instanceof Number j ? j.doubleValue() : null,
                    Format.share(m.get("jaccard") instanceof Number j ? j.doubleValue() : null)))
        .toList();
  }

  /** An https/http web address of the repository, or null for ssh and other clone URLs. */
  static String browsable(String repo) {
    String url = safeHttp(repo);
    return url == null ? null : url.replaceFirst("\\.git$", "");
  }

  /**
   * {@code url} when it is an http(s) address, else null (the loader validates, we still guard).
   */
  static String safeHttp(String url) {
    if (url == null) {
      return null;
    }
    String u = url.strip();
    String lower = u.toLowerCase(java.util.Locale.ROOT);
    return lower.startsWith("https://") || lower.startsWith("http://") ? u : null;
  }

  private static String capitalize(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }
}
