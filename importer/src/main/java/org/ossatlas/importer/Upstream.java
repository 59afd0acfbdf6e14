package org.ossatlas.importer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What an importer read from an upstream list, before ids are assigned: categories, projects and
 * backers keyed by what identifies them upstream (a category's qualified name, a project's
 * repository, a backer's Crunchbase slug), and the items it left out with the reason. A repository
 * listed twice becomes one project in both categories.
 */
final class Upstream {
  /**
   * @param slug the id the list itself gives the category (best-of), or null
   */
  record Category(String key, String slug, String name, String parentKey, String description) {}

  record BackerRole(String backerKey, String role) {}

  record Link(String kind, String url, String title) {}

  record Project(
      String key,
      String name,
      String repo,
      String owner,
      List<String> categoryKeys,
      String homepage,
      String description,
      List<BackerRole> backers,
      List<Link> links) {}

  record Backer(String key, String name, String kind, String url, String description) {}

  /** An upstream item that did not become a row, and why. */
  record Skipped(String item, String reason) {}

  private final Map<String, Category> categories = new LinkedHashMap<>();
  private final Map<String, Project> projects = new LinkedHashMap<>();
  private final Map<String, Backer> backers = new LinkedHashMap<>();
  private final List<Skipped> skipped = new ArrayList<>();
  private final List<String> notes = new ArrayList<>();

  void category(Category category) {
    categories.putIfAbsent(category.key(), category);
  }

  void backer(Backer backer) {
    backers.putIfAbsent(backer.key(), backer);
  }

  /** Adds a project, or merges a repeat of the same repository into the first one. */
  void project(Project project) {
    Project first = projects.get(project.key());
    if (first == null) {
      projects.put(project.key(), project);
      return;
    }
    List<String> categoryKeys = new ArrayList<>(first.categoryKeys());
    project.categoryKeys().stream()
        .filter(c -> !categoryKeys.contains(c))
        .forEach(categoryKeys::add);
    List<BackerRole> roles = new ArrayList<>(first.backers());
    project.backers().stream().filter(r -> !roles.contains(r)).forEach(roles::add);
    List<Link> links = new ArrayList<>(first.links());
    project.links().stream().filter(l -> !links.contains(l)).forEach(links::add);
    projects.put(
        first.key(),
        new Project(
            first.key(),
            first.name(),
            first.repo(),
            first.owner(),
            categoryKeys,
            first.homepage() != null ? first.homepage() : project.homepage(),
            first.description() != null ? first.description() : project.description(),
            roles,
            links));
    notes.add(
        "`"
            + project.name()
            + "` lists the same repository as `"
            + first.name()
            + "` ("
            + first.repo()
            + "): merged into one project in both categories");
  }

  void skip(String item, String reason) {
    skipped.add(new Skipped(item, reason));
  }

  boolean hasCategory(String key) {
    return categories.containsKey(key);
  }

  /**
   * The categories that hold a project, directly or through a subcategory; the others (a
   * landscape's "Hosting Companies", whose items have no repository) would be empty pages.
   */
  List<Category> categories() {
    java.util.Set<String> used = new java.util.HashSet<>();
    for (Project p : projects.values()) {
      for (String key : p.categoryKeys()) {
        for (Category c = categories.get(key); c != null; c = categories.get(c.parentKey())) {
          if (!used.add(c.key()) || c.parentKey() == null) {
            break;
          }
        }
      }
    }
    return categories.values().stream().filter(c -> used.contains(c.key())).toList();
  }

  /** Names of the categories left out because no project is in them. */
  List<String> emptyCategories() {
    List<String> kept = categories().stream().map(Category::key).toList();
    return categories.values().stream()
        .filter(c -> !kept.contains(c.key()))
        .map(Category::name)
        .toList();
  }

  List<Project> projects() {
    return List.copyOf(projects.values());
  }

  List<Backer> backers() {
    return List.copyOf(backers.values());
  }

  List<Skipped> skipped() {
    return List.copyOf(skipped);
  }

  /** Things worth telling that are neither additions nor skips (merged repeats). */
  List<String> notes() {
    return List.copyOf(notes);
  }
}
