package org.ossatlas.graph.load;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ossatlas.graph.sheets.Backer;
import org.ossatlas.graph.sheets.Category;
import org.ossatlas.graph.sheets.CuratedSheets;
import org.ossatlas.graph.sheets.Link;
import org.ossatlas.graph.sheets.Project;
import org.ossatlas.graph.sheets.ProjectBacker;
import org.ossatlas.graph.sheets.Relation;

/**
 * The curated part of the graph as docs/graph.md defines it, computed from the sheets: which nodes
 * and relationships exist and their properties. This is the one place that maps columns to graph
 * properties.
 */
final class CuratedGraph {
  static final NodeSpec PROJECT =
      new NodeSpec(
          "Project",
          List.of("name", "repo", "homepage", "description", "source", "primary_category"));
  static final NodeSpec CATEGORY =
      new NodeSpec("Category", List.of("name", "description", "parent", "depth"));
  static final NodeSpec BACKER =
      new NodeSpec("Backer", List.of("name", "kind", "url", "description", "domains"));
  static final NodeSpec LINK =
      new NodeSpec("Link", List.of("project", "kind", "url", "title", "position"));

  static final RelationshipSpec IN_CATEGORY =
      new RelationshipSpec(
          "IN_CATEGORY", "Project", "Category", List.of(), List.of("primary", "position"));
  static final RelationshipSpec SUBCATEGORY_OF =
      new RelationshipSpec("SUBCATEGORY_OF", "Category", "Category", List.of(), List.of());
  static final RelationshipSpec BACKED_BY =
      new RelationshipSpec("BACKED_BY", "Project", "Backer", List.of("role"), List.of());
  static final RelationshipSpec HAS_LINK =
      new RelationshipSpec("HAS_LINK", "Project", "Link", List.of(), List.of());
  static final RelationshipSpec RELATED =
      new RelationshipSpec("RELATED", "Project", "Project", List.of("kind"), List.of());

  static final List<NodeSpec> NODES = List.of(PROJECT, CATEGORY, BACKER, LINK);
  static final List<RelationshipSpec> RELATIONSHIPS =
      List.of(IN_CATEGORY, SUBCATEGORY_OF, BACKED_BY, HAS_LINK, RELATED);

  private final CuratedSheets sheets;

  CuratedGraph(CuratedSheets sheets) {
    this.sheets = sheets;
  }

  /** Nodes per label, in sheet order. */
  Map<NodeSpec, List<NodeRow>> nodes() {
    Map<NodeSpec, List<NodeRow>> nodes = new LinkedHashMap<>();
    nodes.put(PROJECT, sheets.projects().stream().map(CuratedGraph::project).toList());
    Map<String, Long> depths = depths();
    nodes.put(
        CATEGORY, sheets.categories().stream().map(c -> category(c, depths.get(c.id()))).toList());
    nodes.put(BACKER, sheets.backers().stream().map(CuratedGraph::backer).toList());
    nodes.put(LINK, links());
    return nodes;
  }

  /** Relationships per type, in sheet order. */
  Map<RelationshipSpec, List<RelationshipRow>> relationships() {
    Map<RelationshipSpec, List<RelationshipRow>> rels = new LinkedHashMap<>();
    List<RelationshipRow> inCategory = new ArrayList<>();
    for (Project p : sheets.projects()) {
      for (int i = 0; i < p.categories().size(); i++) {
        inCategory.add(
            new RelationshipRow(
                p.id(), p.categories().get(i), props("primary", i == 0, "position", (long) i)));
      }
    }
    rels.put(IN_CATEGORY, inCategory);
    rels.put(
        SUBCATEGORY_OF,
        sheets.categories().stream()
            .filter(c -> c.parent() != null)
            .map(c -> new RelationshipRow(c.id(), c.parent(), Map.of()))
            .toList());
    rels.put(
        BACKED_BY,
        sheets.projectBackers().stream()
            .map(
                (ProjectBacker pb) ->
                    new RelationshipRow(pb.project(), pb.backer(), props("role", pb.role())))
            .toList());
    rels.put(
        HAS_LINK,
        sheets.links().stream()
            .map(link -> new RelationshipRow(link.project(), link.id(), Map.of()))
            .toList());
    rels.put(
        RELATED,
        sheets.relations().stream()
            .map((Relation r) -> new RelationshipRow(r.from(), r.to(), props("kind", r.kind())))
            .toList());
    return rels;
  }

  private static NodeRow project(Project p) {
    return new NodeRow(
        p.id(),
        props(
            "name", p.name(),
            "repo", p.repo(),
            "homepage", p.homepage(),
            "description", p.description(),
            "source", p.source(),
            "primary_category", p.primaryCategory()));
  }

  private static NodeRow category(Category c, Long depth) {
    return new NodeRow(
        c.id(),
        props(
            "name", c.name(),
            "description", c.description(),
            "parent", c.parent(),
            "depth", depth));
  }

  private static NodeRow backer(Backer b) {
    return new NodeRow(
        b.id(),
        props(
            "name", b.name(),
            "kind", b.kind(),
            "url", b.url(),
            "description", b.description(),
            "domains", b.domains().isEmpty() ? null : b.domains()));
  }

  /** Links, each with its 0-based position among its project's links. */
  private List<NodeRow> links() {
    Map<String, Long> next = new HashMap<>();
    List<NodeRow> rows = new ArrayList<>();
    for (Link link : sheets.links()) {
      long position = next.merge(link.project(), 1L, Long::sum) - 1;
      rows.add(
          new NodeRow(
              link.id(),
              props(
                  "project", link.project(),
                  "kind", link.kind(),
                  "url", link.url(),
                  "title", link.title(),
                  "position", position)));
    }
    return rows;
  }

  /** 0 for a top-level category, its parent's depth + 1 otherwise (the sheets have no cycles). */
  private Map<String, Long> depths() {
    Map<String, String> parents = new HashMap<>();
    sheets.categories().forEach(c -> parents.put(c.id(), c.parent()));
    Map<String, Long> depths = new HashMap<>();
    for (String id : parents.keySet()) {
      long depth = 0;
      for (String at = parents.get(id); at != null; at = parents.get(at)) {
        if (++depth > parents.size()) {
          throw new IllegalArgumentException("category `" + id + "` is in a parent cycle");
        }
      }
      depths.put(id, depth);
    }
    return depths;
  }

  /** A property map that keeps nulls (absent properties), in the given order. */
  private static Map<String, Object> props(Object... keysAndValues) {
    Map<String, Object> map = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      map.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return map;
  }
}
