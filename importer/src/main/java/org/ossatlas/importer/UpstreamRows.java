package org.ossatlas.importer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.ossatlas.graph.sheets.Sheet;

/**
 * Turns what an importer read into sheet rows with ids. Ids are stable across imports: a project
 * keeps the id of the row that has its repository (in the sheets, else in the previous import), a
 * category or backer the id of the row with its name; only what is new gets a new slug, made unique
 * against every id already in use (qualified by the repository owner first). New names are kept
 * unique the same way, as the validator requires.
 */
final class UpstreamRows {
  private final SheetSet existing;
  private final SheetSet previous;
  private final Map<String, String> categoryIds = new HashMap<>();
  private final Map<String, String> projectIds = new HashMap<>();
  private final Map<String, String> backerIds = new HashMap<>();

  private UpstreamRows(SheetSet existing, SheetSet previous) {
    this.existing = existing;
    this.previous = previous;
  }

  /**
   * @param existing the sheets as the curators left them
   * @param previous the rows of the previous import of the same kind (empty on the first one)
   */
  static SheetSet build(Upstream upstream, SheetSet existing, SheetSet previous) {
    return new UpstreamRows(existing, previous).rows(upstream);
  }

  private SheetSet rows(Upstream upstream) {
    SheetSet out = SheetSet.empty();
    Set<String> takenIds = ids(Sheet.CATEGORIES);
    Set<String> takenNames = names(Sheet.CATEGORIES);
    for (Upstream.Category c : upstream.categories()) {
      String id = byName(Sheet.CATEGORIES, c.name());
      if (id == null) {
        id = Slugs.unique(c.slug() != null ? c.slug() : Slugs.of(c.name()), null, takenIds);
      }
      takenIds.add(id);
      categoryIds.put(c.key(), id);
    }
    for (Upstream.Category c : upstream.categories()) {
      takenNames.add(lower(c.name()));
      out.get(Sheet.CATEGORIES)
          .add(
              row(
                  "id", categoryIds.get(c.key()),
                  "name", c.name(),
                  "parent", c.parentKey() == null ? "" : categoryIds.get(c.parentKey()),
                  "description", nz(c.description())));
    }

    takenIds = ids(Sheet.BACKERS);
    for (Upstream.Backer b : upstream.backers()) {
      String id = byName(Sheet.BACKERS, b.name());
      if (id == null) {
        id = Slugs.unique(Slugs.of(b.name()), null, takenIds);
      }
      takenIds.add(id);
      backerIds.put(b.key(), id);
      out.get(Sheet.BACKERS)
          .add(
              row(
                  "id", id,
                  "name", b.name(),
                  "kind", b.kind(),
                  "url", nz(b.url()),
                  "description", nz(b.description())));
    }

    takenIds = ids(Sheet.PROJECTS);
    takenNames = names(Sheet.PROJECTS);
    Map<String, String> idByRepo = idsByRepo();
    for (Upstream.Project p : upstream.projects()) {
      String id = idByRepo.get(p.key());
      String name = p.name();
      if (id == null) {
        id = Slugs.unique(Slugs.of(p.name()), p.owner(), takenIds);
        name = uniqueName(p.name(), p.owner(), p.repo(), takenNames);
      } else {
        // A name qualified on an earlier import ("Name (owner)") stays qualified.
        String before = nameOf(previous, Sheet.PROJECTS, id);
        if (before != null && lower(before).startsWith(lower(name) + " (")) {
          name = before;
        }
      }
      takenIds.add(id);
      takenNames.add(lower(name));
      projectIds.put(p.key(), id);
      List<String> categories = new ArrayList<>();
      p.categoryKeys().stream()
          .map(categoryIds::get)
          .filter(c -> c != null)
          .forEach(categories::add);
      out.get(Sheet.PROJECTS)
          .add(
              row(
                  "id", id,
                  "name", name,
                  "repo", p.repo(),
                  "categories", String.join(";", categories.stream().distinct().toList()),
                  "homepage", nz(p.homepage()),
                  "description", nz(p.description())));
      Set<String> backersSeen = new HashSet<>();
      for (Upstream.BackerRole role : p.backers()) {
        String backer = backerIds.get(role.backerKey());
        if (backer != null && backersSeen.add(backer)) {
          out.get(Sheet.PROJECT_BACKERS)
              .add(row("project", id, "backer", backer, "role", role.role()));
        }
      }
      for (Upstream.Link link : p.links()) {
        out.get(Sheet.LINKS)
            .add(row("project", id, "kind", link.kind(), "url", link.url(), "title", link.title()));
      }
    }
    return out;
  }

  /**
   * A name no other project has (ignoring case): "Name", else "Name (owner)", else with the URL.
   */
  private static String uniqueName(String name, String owner, String repo, Set<String> taken) {
    if (!taken.contains(lower(name))) {
      return name;
    }
    String withOwner = name + " (" + owner + ")";
    if (owner != null && !taken.contains(lower(withOwner))) {
      return withOwner;
    }
    return name + " (" + repo.replaceFirst("^https?://", "") + ")";
  }

  /** Project ids by repository key: the previous import's first, the sheets' win. */
  private Map<String, String> idsByRepo() {
    Map<String, String> ids = new HashMap<>();
    for (SheetSet set : List.of(previous, existing)) {
      for (Map<String, String> row : set.get(Sheet.PROJECTS).rows()) {
        String repo = row.getOrDefault("repo", "");
        String id = row.getOrDefault("id", "");
        if (!repo.isEmpty() && !id.isEmpty()) {
          ids.put(Repos.key(repo), id);
        }
      }
    }
    return ids;
  }

  /** The id of the row named {@code name} (ignoring case), in the sheets or the previous import. */
  private String byName(Sheet sheet, String name) {
    for (SheetSet set : List.of(existing, previous)) {
      for (Map<String, String> row : set.get(sheet).rows()) {
        if (row.getOrDefault("name", "").equalsIgnoreCase(name)
            && !row.getOrDefault("id", "").isEmpty()) {
          return row.get("id");
        }
      }
    }
    return null;
  }

  private static String nameOf(SheetSet set, Sheet sheet, String id) {
    for (Map<String, String> row : set.get(sheet).rows()) {
      if (id.equals(row.get("id"))) {
        return row.get("name");
      }
    }
    return null;
  }

  private Set<String> ids(Sheet sheet) {
    Set<String> ids = new HashSet<>();
    for (SheetSet set : List.of(existing, previous)) {
      set.get(sheet).rows().forEach(r -> ids.add(r.getOrDefault("id", "")));
    }
    return ids;
  }

  /** Names taken by rows the import does not own (the sheets' rows), lower-cased. */
  private Set<String> names(Sheet sheet) {
    Set<String> names = new HashSet<>();
    existing.get(sheet).rows().forEach(r -> names.add(lower(r.getOrDefault("name", ""))));
    return names;
  }

  private static Map<String, String> row(String... pairs) {
    Map<String, String> row = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      row.put(pairs[i], pairs[i + 1]);
    }
    return row;
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }

  private static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }
}
