package org.ossatlas.graph.sheets;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The six curated sheets as typed rows, in sheet order, values trimmed. Only a result without
 * errors ({@link ValidationResult#hasErrors()}) is consistent enough to be loaded.
 */
public record CuratedSheets(
    List<Category> categories,
    List<Project> projects,
    List<Backer> backers,
    List<ProjectBacker> projectBackers,
    List<Link> links,
    List<Relation> relations) {

  public CuratedSheets {
    categories = List.copyOf(categories);
    projects = List.copyOf(projects);
    backers = List.copyOf(backers);
    projectBackers = List.copyOf(projectBackers);
    links = List.copyOf(links);
    relations = List.copyOf(relations);
  }

  /** Rows per file, in the order of {@link Sheet}, e.g. {@code projects.csv -> 128}. */
  public Map<String, Long> rowCounts() {
    Map<String, Long> counts = new LinkedHashMap<>();
    counts.put(Sheet.CATEGORIES.file(), (long) categories.size());
    counts.put(Sheet.PROJECTS.file(), (long) projects.size());
    counts.put(Sheet.BACKERS.file(), (long) backers.size());
    counts.put(Sheet.PROJECT_BACKERS.file(), (long) projectBackers.size());
    counts.put(Sheet.LINKS.file(), (long) links.size());
    counts.put(Sheet.RELATIONS.file(), (long) relations.size());
    return counts;
  }
}
