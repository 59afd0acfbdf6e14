package org.ossatlas.graph.sheets;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * Checks across rows and sheets: unique ids and names (ignoring case), references to existing ids,
 * no parent cycles, no repeated rows, no project related to itself, a bounded number of links.
 */
final class CrossChecks {
  /** A project page lists every link: a 50 MB links.csv must not make a 60 MB page. */
  static final int MAX_LINKS_PER_PROJECT = 50;

  private final CuratedSheets sheets;
  private final Map<Sheet, SheetTable> tables;
  private final ProblemLog log;
  private final Set<String> categoryIds;
  private final Set<String> projectIds;
  private final Set<String> backerIds;

  CrossChecks(CuratedSheets sheets, Map<Sheet, SheetTable> tables, ProblemLog log) {
    this.sheets = sheets;
    this.tables = tables;
    this.log = log;
    this.categoryIds = knownIds(Sheet.CATEGORIES, sheets.categories(), Category::id);
    this.projectIds = knownIds(Sheet.PROJECTS, sheets.projects(), Project::id);
    this.backerIds = knownIds(Sheet.BACKERS, sheets.backers(), Backer::id);
  }

  void run() {
    unique(sheets.categories(), Category::id, Category::origin, "id", "id");
    unique(sheets.categories(), Category::name, Category::origin, "name", "name");
    unique(sheets.projects(), Project::id, Project::origin, "id", "id");
    unique(sheets.projects(), Project::name, Project::origin, "name", "name");
    unique(sheets.backers(), Backer::id, Backer::origin, "id", "id");
    unique(sheets.backers(), Backer::name, Backer::origin, "name", "name");
    categoryParents();
    new ParentCycles(sheets.categories(), log).report();
    projectCategories();
    projectBackers();
    links();
    relations();
  }

  private void categoryParents() {
    for (Category c : sheets.categories()) {
      reference(c.origin(), "parent", c.parent(), Sheet.CATEGORIES, categoryIds, "category");
    }
  }

  private void projectCategories() {
    for (Project p : sheets.projects()) {
      for (String category : p.categories()) {
        reference(p.origin(), "categories", category, Sheet.CATEGORIES, categoryIds, "category");
      }
    }
  }

  private void projectBackers() {
    Map<List<String>, Origin> seen = new HashMap<>();
    for (ProjectBacker pb : sheets.projectBackers()) {
      reference(pb.origin(), "project", pb.project(), Sheet.PROJECTS, projectIds, "project");
      reference(pb.origin(), "backer", pb.backer(), Sheet.BACKERS, backerIds, "backer");
      once(seen, pb.origin(), "backer", "duplicate row", pb.project(), pb.backer(), pb.role());
    }
  }

  private void links() {
    Map<List<String>, Origin> seen = new HashMap<>();
    Map<String, Integer> perProject = new HashMap<>();
    for (Link link : sheets.links()) {
      reference(link.origin(), "project", link.project(), Sheet.PROJECTS, projectIds, "project");
      if (link.project() != null
          && perProject.merge(link.project(), 1, Integer::sum) == MAX_LINKS_PER_PROJECT + 1) {
        log.error(
            link.origin(),
            "project",
            "`"
                + link.project()
                + "` has more than "
                + MAX_LINKS_PER_PROJECT
                + " links; the project page lists them all",
            "keep the most useful " + MAX_LINKS_PER_PROJECT);
      }
      once(
          seen,
          link.origin(),
          "url",
          "the project already has this URL",
          link.project(),
          link.url());
    }
  }

  private void relations() {
    Map<List<String>, Origin> seen = new HashMap<>();
    for (Relation r : sheets.relations()) {
      reference(r.origin(), "from", r.from(), Sheet.PROJECTS, projectIds, "project");
      reference(r.origin(), "to", r.to(), Sheet.PROJECTS, projectIds, "project");
      if (r.from() != null && r.from().equals(r.to())) {
        log.error(r.origin(), "to", "`" + r.to() + "` is related to itself", null);
      }
      once(seen, r.origin(), "kind", "duplicate row", r.from(), r.to(), r.kind());
    }
  }

  /** Reports a row whose key was seen before (rows with an empty key part are skipped). */
  private void once(
      Map<List<String>, Origin> seen, Origin at, String column, String message, String... key) {
    List<String> parts = new ArrayList<>();
    for (String part : key) {
      if (part == null) {
        return;
      }
      parts.add(part);
    }
    Origin first = seen.putIfAbsent(parts, at);
    if (first != null) {
      log.error(at, column, message + ", first at line " + first.line(), "remove one of them");
    }
  }

  private void reference(
      Origin at, String column, String value, Sheet target, Set<String> known, String what) {
    if (value == null || known.contains(value) || !tables.get(target).canResolve("id")) {
      return;
    }
    String hint = Suggestions.didYouMean(value, known);
    log.error(
        at,
        column,
        "unknown " + what + " `" + value + "`",
        hint != null ? hint : "no such id in " + target.file());
  }

  /** Reports every later row whose value equals an earlier one, ignoring case. */
  private <T> void unique(
      List<T> rows,
      Function<T, String> value,
      Function<T, Origin> origin,
      String column,
      String what) {
    Map<String, T> first = new HashMap<>();
    for (T row : rows) {
      String v = value.apply(row);
      if (v == null) {
        continue;
      }
      T earlier = first.putIfAbsent(v.toLowerCase(Locale.ROOT), row);
      if (earlier == null) {
        continue;
      }
      String earlierValue = value.apply(earlier);
      long line = origin.apply(earlier).line();
      if (earlierValue.equals(v)) {
        log.error(
            origin.apply(row),
            column,
            "duplicate " + what + " `" + v + "`, first at line " + line,
            what + "s must be unique");
      } else {
        log.error(
            origin.apply(row),
            column,
            what + " `" + v + "` differs only in case from `" + earlierValue + "` at line " + line,
            what + "s must be unique, ignoring case");
      }
    }
  }

  /** Ids that other sheets may refer to; rows left out for a wrong field count still count. */
  private <T> Set<String> knownIds(Sheet sheet, List<T> rows, Function<T, String> id) {
    Set<String> ids = new HashSet<>();
    rows.stream().map(id).filter(Objects::nonNull).forEach(ids::add);
    tables.get(sheet).rows().stream()
        .filter(row -> !row.wellFormed() && !row.get("id").isEmpty())
        .forEach(row -> ids.add(row.get("id")));
    return ids;
  }

  /** Finds categories that are their own ancestors and reports each one on its own line. */
  private static final class ParentCycles {
    private final Map<String, Category> byId = new LinkedHashMap<>();
    private final ProblemLog log;

    ParentCycles(List<Category> categories, ProblemLog log) {
      this.log = log;
      for (Category c : categories) {
        if (c.id() != null) {
          byId.putIfAbsent(c.id(), c);
        }
      }
    }

    void report() {
      Set<String> done = new HashSet<>();
      for (String start : byId.keySet()) {
        List<String> path = new ArrayList<>();
        String at = start;
        while (at != null && !done.contains(at) && !path.contains(at)) {
          path.add(at);
          Category category = byId.get(at);
          at = category == null ? null : category.parent();
        }
        if (at != null && path.contains(at)) {
          reportCycle(path.subList(path.indexOf(at), path.size()));
        }
        done.addAll(path);
      }
    }

    private void reportCycle(List<String> cycle) {
      for (int i = 0; i < cycle.size(); i++) {
        List<String> round = new ArrayList<>(cycle.subList(i, cycle.size()));
        round.addAll(cycle.subList(0, i + 1));
        Category member = byId.get(cycle.get(i));
        log.error(
            member.origin(),
            "parent",
            "parent cycle: " + String.join(" → ", round),
            "a category cannot be its own ancestor; clear or change one `parent`");
      }
    }
  }
}
