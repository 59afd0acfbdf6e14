package org.ossatlas.analytics.graph;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the analytics need from the curated graph: the projects with their primary category, the
 * categories and backers with their member projects (a category's include those of its
 * subcategories, recursively), and the RELATED pairs. Every list is sorted by id.
 */
public record Catalog(
    List<Project> projects, List<Group> categories, List<Group> backers, List<Relation> related) {

  /** A project; {@code primaryCategory} is null when it has none. */
  public record Project(String id, String name, String primaryCategory) {}

  /** A category or a backer and the ids of its projects, sorted. */
  public record Group(String id, String name, List<String> projects) {}

  /** A RELATED relationship, read as undirected by the centrality. */
  public record Relation(String from, String to) {}

  public List<String> projectIds() {
    return projects.stream().map(Project::id).toList();
  }

  public List<String> primaryCategories() {
    return projects.stream().map(Project::primaryCategory).toList();
  }

  /** Group id to member project ids. */
  public static Map<String, List<String>> members(List<Group> groups) {
    Map<String, List<String>> members = new TreeMap<>();
    for (Group g : groups) {
      members.put(g.id(), g.projects());
    }
    return members;
  }
}
