package org.ossatlas.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Curated sheets for {@code n} projects ({@code p0000 …}) in a two-level category tree, with
 * backers, links and relations in the proportions of the real sheets. Valid by construction.
 */
public final class SyntheticSheets {
  private static final int TOP_CATEGORIES = 9;
  private static final int SUBCATEGORIES = 4;
  private static final String[] KINDS = {"company", "foundation", "university", "community"};
  private static final String[] ROLES = {"creator", "steward", "maintainer", "sponsor"};
  private static final String[] RELATIONS = {"depends-on", "alternative-to", "integrates-with"};

  private SyntheticSheets() {}

  public static void write(Path dir, int projects, long seed) throws IOException {
    Files.createDirectories(dir);
    SplittableRandom random = new SplittableRandom(seed);
    int backers = Math.max(5, projects / 3);
    write(dir.resolve("categories.csv"), "id,name,parent,description", categories());
    write(
        dir.resolve("projects.csv"),
        "id,name,repo,categories,homepage,description",
        projects(projects));
    write(dir.resolve("backers.csv"), "id,name,kind,url,description", backers(backers));
    write(
        dir.resolve("project_backers.csv"),
        "project,backer,role",
        projectBackers(projects, backers, random));
    write(dir.resolve("links.csv"), "project,kind,url,title", links(projects));
    write(dir.resolve("relations.csv"), "from,to,kind", relations(projects, random));
  }

  private static List<String> categories() {
    List<String> rows = new ArrayList<>();
    for (int t = 0; t < TOP_CATEGORIES; t++) {
      rows.add("c" + t + ",Category " + t + ",,Top-level category **" + t + "**.");
      for (int s = 0; s < SUBCATEGORIES; s++) {
        rows.add("c" + t + "-" + s + ",Category " + t + "." + s + ",c" + t + ",A subcategory.");
      }
    }
    return rows;
  }

  private static List<String> projects(int n) {
    List<String> rows = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      String id = SyntheticCommits.projectId(i);
      String category = "c" + (i % TOP_CATEGORIES) + "-" + (i / TOP_CATEGORIES % SUBCATEGORIES);
      String second = "c" + ((i + 1) % TOP_CATEGORIES) + "-0";
      rows.add(
          String.join(
              ",",
              id,
              "Project " + i,
              "https://github.com/bench/" + id,
              category + ";" + second,
              "https://" + id + ".example.org",
              "\"Project "
                  + i
                  + " does *useful* things with `data`. See [docs](https://"
                  + id
                  + ".example.org/docs).\""));
    }
    return rows;
  }

  private static List<String> backers(int n) {
    List<String> rows = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      rows.add(
          "b"
              + i
              + ",Backer "
              + i
              + ","
              + KINDS[i % KINDS.length]
              + ",https://b"
              + i
              + ".example.org,An organisation.");
    }
    return rows;
  }

  private static List<String> projectBackers(int projects, int backers, SplittableRandom random) {
    List<String> rows = new ArrayList<>();
    for (int i = 0; i < projects; i++) {
      int first = random.nextInt(backers);
      rows.add(SyntheticCommits.projectId(i) + ",b" + first + "," + ROLES[i % ROLES.length]);
      rows.add(SyntheticCommits.projectId(i) + ",b" + (first + 1) % backers + ",sponsor");
    }
    return rows;
  }

  private static List<String> links(int projects) {
    List<String> rows = new ArrayList<>();
    for (int i = 0; i < projects; i++) {
      String id = SyntheticCommits.projectId(i);
      rows.add(id + ",docs,https://" + id + ".example.org/docs,Documentation");
      rows.add(id + ",paper,https://papers.example.org/" + id + ",The paper");
    }
    return rows;
  }

  private static List<String> relations(int projects, SplittableRandom random) {
    List<String> rows = new ArrayList<>();
    for (int i = 1; i < projects; i++) {
      int other = random.nextInt(i);
      rows.add(
          SyntheticCommits.projectId(i)
              + ","
              + SyntheticCommits.projectId(other)
              + ","
              + RELATIONS[i % RELATIONS.length]);
    }
    return rows;
  }

  private static void write(Path file, String header, List<String> rows) throws IOException {
    Files.writeString(file, header + "\n" + String.join("\n", rows) + "\n");
  }
}
