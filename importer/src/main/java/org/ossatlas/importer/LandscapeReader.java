package org.ossatlas.importer;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a landscapeapp {@code landscape.yml} (CNCF, LF AI &amp; Data and other foundations): the
 * {@code landscape:} categories and their subcategories become the category tree, items with a
 * {@code repo_url} become projects, {@code crunchbase} organizations become backers (role {@code
 * creator}), an item's {@code project:} maturity makes the foundation its {@code steward}, and
 * {@code twitter} and the {@code extra} community URLs become {@code community} links.
 *
 * <p>Category names must stay unique: a subcategory name used under more than one category (or
 * equal to a category's name) is qualified by its parent, "Framework (Deep Learning)"; a category
 * whose only subcategory has its own name ("Notebook Environment") is one category.
 */
final class LandscapeReader {
  /** Community URLs landscapeapp keeps under {@code extra:}, with the link title to use. */
  private static final Map<String, String> COMMUNITY_EXTRAS = new LinkedHashMap<>();

  static {
    COMMUNITY_EXTRAS.put("slack_url", "Slack");
    COMMUNITY_EXTRAS.put("discord_url", "Discord");
    COMMUNITY_EXTRAS.put("mailing_list_url", "Mailing list");
    COMMUNITY_EXTRAS.put("github_discussions_url", "GitHub Discussions");
  }

  private final Foundation foundation;
  private final Upstream upstream = new Upstream();
  private int maturityWithoutFoundation;

  /**
   * @param foundation the foundation named by {@code --foundation}, or null
   */
  LandscapeReader(Foundation foundation) {
    this.foundation = foundation;
  }

  /** The foundation that stewards the landscape's projects (the {@code --foundation} flag). */
  record Foundation(String name, String url) {
    String key() {
      return "foundation:" + name.toLowerCase(Locale.ROOT);
    }
  }

  Upstream read(JsonNode root, String file) {
    JsonNode landscape = root.path("landscape");
    if (!landscape.isArray()) {
      throw new ImportException(
          file
              + ": no `landscape:` list at the top; this does not look like a landscapeapp"
              + " landscape.yml");
    }
    if (foundation != null) {
      upstream.backer(
          new Upstream.Backer(
              foundation.key(), foundation.name(), "foundation", foundation.url(), null));
    }
    Map<String, Integer> subcategoryUses = subcategoryNameUses(landscape);
    for (JsonNode category : landscape) {
      String categoryName = Texts.text(category, "name");
      if (categoryName == null) {
        upstream.skip("a category without a name", "it has no `name:`");
        continue;
      }
      String categoryKey = "category:" + categoryName;
      upstream.category(new Upstream.Category(categoryKey, null, categoryName, null, null));
      JsonNode subcategories = category.path("subcategories");
      boolean collapse =
          subcategories.size() == 1
              && categoryName.equalsIgnoreCase(Texts.text(subcategories.get(0), "name"));
      for (JsonNode subcategory : subcategories) {
        String subName = Texts.text(subcategory, "name");
        if (subName == null) {
          upstream.skip("a subcategory of " + categoryName, "it has no `name:`");
          continue;
        }
        String key = categoryKey;
        if (!collapse) {
          key = categoryKey + "/" + subName;
          boolean qualify = subcategoryUses.getOrDefault(lower(subName), 0) > 1;
          String name = qualify ? subName + " (" + categoryName + ")" : subName;
          upstream.category(new Upstream.Category(key, null, name, categoryKey, null));
        }
        for (JsonNode item : subcategory.path("items")) {
          item(item, key, categoryName + " / " + subName);
        }
      }
    }
    if (maturityWithoutFoundation > 0) {
      upstream.skip(
          maturityWithoutFoundation + " steward rows",
          "items have a `project:` maturity (graduated, incubating, sandbox …) but no"
              + " --foundation NAME was given to be their steward");
    }
    return upstream;
  }

  /**
   * How often each subcategory name occurs across categories (top-level names count too), so that a
   * repeated one is qualified everywhere it occurs.
   */
  private static Map<String, Integer> subcategoryNameUses(JsonNode landscape) {
    Map<String, Integer> uses = new HashMap<>();
    for (JsonNode category : landscape) {
      String categoryName = Texts.text(category, "name");
      JsonNode subcategories = category.path("subcategories");
      if (categoryName != null) {
        boolean collapse =
            subcategories.size() == 1
                && categoryName.equalsIgnoreCase(Texts.text(subcategories.get(0), "name"));
        uses.merge(lower(categoryName), collapse ? 1 : 2, Integer::sum);
      }
      for (JsonNode subcategory : subcategories) {
        String name = Texts.text(subcategory, "name");
        if (name != null && !name.equalsIgnoreCase(categoryName)) {
          uses.merge(lower(name), 1, Integer::sum);
        }
      }
    }
    return uses;
  }

  private void item(JsonNode item, String categoryKey, String path) {
    String name = Texts.text(item, "name");
    if (name == null) {
      upstream.skip("an item in " + path, "it has no `name:`");
      return;
    }
    String repoUrl = Texts.text(item, "repo_url");
    if (repoUrl == null) {
      upstream.skip(name + " (" + path + ")", "no `repo_url`: nothing to harvest");
      return;
    }
    Optional<Repos.Repo> repo = Repos.parse(repoUrl);
    if (repo.isEmpty()) {
      upstream.skip(
          name + " (" + path + ")",
          "`repo_url: "
              + repoUrl
              + "` is not a repository (a GitHub URL must be https://github.com/OWNER/NAME)");
      return;
    }
    List<String> categories = new ArrayList<>(List.of(categoryKey));
    for (JsonNode second : item.path("second_path")) {
      String secondKey = secondPathKey(second.asText());
      if (secondKey != null) {
        categories.add(secondKey);
      }
    }
    List<Upstream.BackerRole> roles = new ArrayList<>();
    String maturity = Texts.text(item, "project");
    if (maturity != null) {
      if (foundation != null) {
        roles.add(new Upstream.BackerRole(foundation.key(), "steward"));
      } else {
        maturityWithoutFoundation++;
      }
    }
    String creator = creator(item, maturity != null);
    if (creator != null) {
      roles.add(new Upstream.BackerRole(creator, "creator"));
    }
    String homepage = Texts.text(item, "homepage_url");
    upstream.project(
        new Upstream.Project(
            repo.get().key(),
            name,
            repo.get().url(),
            repo.get().owner(),
            categories,
            Repos.isWebUrl(homepage) ? homepage : null,
            Texts.markdown(Texts.text(item, "description")),
            roles,
            links(item)));
  }

  /**
   * {@code second_path: ["Deep Learning / Framework"]}: the key of that subcategory, or of the
   * category itself when it was collapsed.
   */
  private String secondPathKey(String path) {
    int slash = path.indexOf('/');
    if (slash < 0) {
      return null;
    }
    String category = path.substring(0, slash).strip();
    String sub = path.substring(slash + 1).strip();
    String key = "category:" + category + "/" + sub;
    if (upstream.hasCategory(key)) {
      return key;
    }
    return category.equalsIgnoreCase(sub) ? "category:" + category : key;
  }

  /** The backer key of the item's Crunchbase organization, registering the backer; or null. */
  private String creator(JsonNode item, boolean foundationProject) {
    String crunchbase = Texts.text(item, "crunchbase");
    if (crunchbase == null || !Repos.isWebUrl(crunchbase)) {
      return null;
    }
    String slug = crunchbase.replaceAll("/+$", "");
    slug = slug.substring(slug.lastIndexOf('/') + 1);
    String name = Backers.nameFromSlug(slug);
    String kind = Backers.guessKind(name);
    if (foundationProject && kind.equals("foundation")) {
      // A foundation project's Crunchbase entry is the foundation itself: the steward row says it.
      return null;
    }
    String key = "crunchbase:" + slug.toLowerCase(Locale.ROOT);
    upstream.backer(
        new Upstream.Backer(
            key, name, kind, null, "Crunchbase: [" + slug + "](" + crunchbase + ")"));
    return key;
  }

  private static List<Upstream.Link> links(JsonNode item) {
    List<Upstream.Link> links = new ArrayList<>();
    String twitter = Texts.text(item, "twitter");
    if (Repos.isWebUrl(twitter)) {
      links.add(new Upstream.Link("community", twitter, "Twitter"));
    }
    JsonNode extra = item.path("extra");
    COMMUNITY_EXTRAS.forEach(
        (field, title) -> {
          String url = Texts.text(extra, field);
          if (Repos.isWebUrl(url)) {
            links.add(new Upstream.Link("community", url, title));
          }
        });
    return links;
  }

  private static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }
}
