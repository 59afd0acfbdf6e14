package org.ossatlas.importer;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a best-of-generator {@code projects.yaml}: {@code categories} ({@code category}, {@code
 * title}, {@code subtitle}) become categories, {@code projects} with a {@code github_id} (or {@code
 * gitlab_id}) become projects in their {@code category} (best-of's default {@code others} when none
 * is given), {@code homepage} and {@code description} are kept, {@code docs_url} becomes a {@code
 * docs} link. Resources (links to other lists), projects of ignored categories and projects without
 * a repository are skipped with the reason.
 */
final class BestOfReader {
  static final String OTHERS = "others";

  private final Upstream upstream = new Upstream();

  Upstream read(JsonNode root, String file) {
    JsonNode projects = root.path("projects");
    if (!projects.isArray()) {
      throw new ImportException(
          file
              + ": no `projects:` list at the top; this does not look like a best-of-generator"
              + " projects.yaml");
    }
    Set<String> ignored = new HashSet<>();
    for (JsonNode category : root.path("categories")) {
      String id = Texts.text(category, "category");
      if (id == null) {
        upstream.skip("a category without `category:`", "it has no id");
        continue;
      }
      if (category.path("ignore").asBoolean(false)) {
        ignored.add(id);
        continue;
      }
      String title = Texts.text(category, "title");
      upstream.category(
          new Upstream.Category(
              key(id),
              Slugs.of(id),
              title != null ? title : id,
              null,
              Texts.markdown(Texts.text(category, "subtitle"))));
    }
    for (JsonNode project : projects) {
      project(project, ignored);
    }
    return upstream;
  }

  private void project(JsonNode project, Set<String> ignored) {
    String name = Texts.text(project, "name");
    if (name == null) {
      upstream.skip("a project without a name", "it has no `name:`");
      return;
    }
    String category = Texts.text(project, "category");
    if (category == null) {
      category = OTHERS;
    }
    if (ignored.contains(category)) {
      upstream.skip(name, "its category `" + category + "` has `ignore: true` in the list");
      return;
    }
    if (project.path("resource").asBoolean(false)) {
      upstream.skip(name, "a resource (a link to another list), not a project");
      return;
    }
    Optional<Repos.Repo> repo = repository(project);
    if (repo.isEmpty()) {
      upstream.skip(name, "no `github_id` or `gitlab_id`: nothing to harvest");
      return;
    }
    if (!upstream.hasCategory(key(category))) {
      // best-of-generator lists projects of an undeclared category under "Others".
      category = OTHERS;
      upstream.category(new Upstream.Category(key(OTHERS), OTHERS, "Others", null, null));
    }
    List<Upstream.Link> links = new ArrayList<>();
    String docs = Texts.text(project, "docs_url");
    if (Repos.isWebUrl(docs)) {
      links.add(new Upstream.Link("docs", docs, "Documentation"));
    }
    String homepage = Texts.text(project, "homepage");
    upstream.project(
        new Upstream.Project(
            repo.get().key(),
            name,
            repo.get().url(),
            repo.get().owner(),
            List.of(key(category)),
            Repos.isWebUrl(homepage) ? homepage : null,
            Texts.markdown(Texts.text(project, "description")),
            List.of(),
            links));
  }

  private static Optional<Repos.Repo> repository(JsonNode project) {
    String github = Texts.text(project, "github_id");
    if (github != null) {
      return Repos.parse("https://github.com/" + github);
    }
    String gitlab = Texts.text(project, "gitlab_id");
    if (gitlab != null) {
      return Repos.parse("https://gitlab.com/" + gitlab + ".git");
    }
    return Optional.empty();
  }

  private static String key(String categoryId) {
    return "category:" + categoryId;
  }
}
