package org.ossatlas.graph.sheets;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Turns the read sheets into typed rows, checking each cell on the way. */
final class SheetRecords {
  private final Map<Sheet, SheetTable> tables;
  private final ProblemLog log;

  SheetRecords(Map<Sheet, SheetTable> tables, ProblemLog log) {
    this.tables = tables;
    this.log = log;
  }

  CuratedSheets build() {
    return new CuratedSheets(
        categories(), projects(), backers(), projectBackers(), links(), relations());
  }

  private List<Category> categories() {
    FieldChecks check = checks(Sheet.CATEGORIES);
    List<Category> rows = new ArrayList<>();
    for (SheetRow row : rows(Sheet.CATEGORIES)) {
      rows.add(
          new Category(
              check.id(row, "id"),
              check.required(row, "name"),
              check.optional(row, "parent"),
              check.markdown(row, "description"),
              row.origin()));
    }
    return rows;
  }

  private List<Project> projects() {
    FieldChecks check = checks(Sheet.PROJECTS);
    List<Project> rows = new ArrayList<>();
    for (SheetRow row : rows(Sheet.PROJECTS)) {
      String id = check.id(row, "id");
      String name = check.required(row, "name");
      String source = check.oneOfOr(row, "source", Vocabulary.SOURCES, Vocabulary.DEFAULT_SOURCE);
      rows.add(
          new Project(
              id,
              name,
              check.repo(row, "repo", source),
              check.idList(row, "categories"),
              check.webUrl(row, "homepage", false),
              check.markdown(row, "description"),
              source,
              row.origin()));
    }
    return rows;
  }

  private List<Backer> backers() {
    FieldChecks check = checks(Sheet.BACKERS);
    List<Backer> rows = new ArrayList<>();
    for (SheetRow row : rows(Sheet.BACKERS)) {
      String url = check.webUrl(row, "url", false);
      List<String> domains = check.domains(row, "domains");
      rows.add(
          new Backer(
              check.id(row, "id"),
              check.required(row, "name"),
              check.oneOf(row, "kind", Vocabulary.BACKER_KINDS),
              url,
              check.markdown(row, "description"),
              domains.isEmpty() ? RegistrableDomain.ofUrl(url) : domains,
              row.origin()));
    }
    return rows;
  }

  private List<ProjectBacker> projectBackers() {
    FieldChecks check = checks(Sheet.PROJECT_BACKERS);
    List<ProjectBacker> rows = new ArrayList<>();
    for (SheetRow row : rows(Sheet.PROJECT_BACKERS)) {
      rows.add(
          new ProjectBacker(
              check.required(row, "project"),
              check.required(row, "backer"),
              check.oneOf(row, "role", Vocabulary.BACKER_ROLES),
              row.origin()));
    }
    return rows;
  }

  private List<Link> links() {
    FieldChecks check = checks(Sheet.LINKS);
    List<Link> rows = new ArrayList<>();
    for (SheetRow row : rows(Sheet.LINKS)) {
      rows.add(
          new Link(
              check.required(row, "project"),
              check.oneOf(row, "kind", Vocabulary.LINK_KINDS),
              check.webUrl(row, "url", true),
              check.required(row, "title"),
              row.origin()));
    }
    return rows;
  }

  private List<Relation> relations() {
    FieldChecks check = checks(Sheet.RELATIONS);
    List<Relation> rows = new ArrayList<>();
    for (SheetRow row : rows(Sheet.RELATIONS)) {
      rows.add(
          new Relation(
              check.required(row, "from"),
              check.required(row, "to"),
              check.oneOf(row, "kind", Vocabulary.RELATION_KINDS),
              row.origin()));
    }
    return rows;
  }

  private FieldChecks checks(Sheet sheet) {
    return new FieldChecks(tables.get(sheet), log);
  }

  /** Rows with the wrong number of fields are left out: their values are likely shifted. */
  private List<SheetRow> rows(Sheet sheet) {
    return tables.get(sheet).wellFormedRows();
  }
}
