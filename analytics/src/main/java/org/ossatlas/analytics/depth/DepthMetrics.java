package org.ossatlas.analytics.depth;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.ossatlas.analytics.graph.Catalog;
import org.ossatlas.analytics.graph.GraphWriteBack.NodeProperties;
import org.ossatlas.analytics.metrics.EntityKind;
import org.ossatlas.analytics.metrics.Windows;
import org.ossatlas.analytics.series.Granularity;
import org.ossatlas.common.AuthorDomains;
import org.ossatlas.common.RepoFacts;
import org.ossatlas.common.Workspace;
import org.ossatlas.graph.GraphConnection;

/**
 * What a project page knows beyond commit counts (docs/metrics.md): releases from the clones' tags
 * and the repository facts, organizations over the last 12 months of the window (per project, and
 * aggregated per category and backer), and the repository facts themselves. One narrow entry point
 * for {@code analyze}: {@link #compute}, then {@link #writeFiles} and {@link #addTo}.
 */
public final class DepthMetrics {
  private final Map<String, ProjectReleases> releases;
  private final Map<String, RepoFacts> facts;
  private final Map<EntityKind, Map<String, OrganizationTable>> organizations;
  private final Instant windowFrom;
  private final Instant windowTo;
  private final List<BackerEvidence.Evidence> evidence;

  private DepthMetrics(
      Map<String, ProjectReleases> releases,
      Map<String, RepoFacts> facts,
      Map<EntityKind, Map<String, OrganizationTable>> organizations,
      Instant windowFrom,
      Instant windowTo,
      List<BackerEvidence.Evidence> evidence) {
    this.evidence = List.copyOf(evidence);
    this.releases = releases;
    this.facts = facts;
    this.organizations = organizations;
    this.windowFrom = windowFrom;
    this.windowTo = windowTo;
  }

  public static DepthMetrics compute(
      GraphConnection graph, Workspace workspace, Catalog catalog, Windows windows) {
    List<String> ids = catalog.projectIds();
    Map<String, RepoFacts> facts = RepoFacts.read(workspace.repoFacts());
    Map<String, ProjectReleases> releases = new TreeMap<>();
    for (String id : ids) {
      List<Release> tags = GitTags.read(workspace.gitClones().resolve(id + ".git"));
      releases.put(id, ProjectReleases.of(tags, facts.get(id)));
    }
    Map<String, Map<String, Long>> commits =
        WindowCommits.read(
            workspace.commits(),
            new HashSet<>(ids),
            Granularity.MONTH.startEpochSecond(windows.last12From()),
            windows.endEpochSecond());
    Map<String, String> domains = AuthorDomains.read(workspace.authorDomains());
    Map<EntityKind, Map<String, OrganizationTable>> organizations = new EnumMap<>(EntityKind.class);
    Map<String, OrganizationTable> byProject = new TreeMap<>();
    for (String id : ids) {
      byProject.put(id, OrganizationTable.of(commits.getOrDefault(id, Map.of()), domains));
    }
    organizations.put(EntityKind.PROJECT, byProject);
    organizations.put(EntityKind.CATEGORY, groups(catalog.categories(), commits, domains));
    organizations.put(EntityKind.BACKER, groups(catalog.backers(), commits, domains));
    return new DepthMetrics(
        releases,
        facts,
        organizations,
        Instant.ofEpochSecond(Granularity.MONTH.startEpochSecond(windows.last12From())),
        Instant.ofEpochSecond(windows.endEpochSecond()),
        BackerEvidence.evidence(BackerEvidence.claims(graph), commits, domains));
  }

  /** Writes the backers' evidence onto the BACKED_BY relationships. */
  public void writeEvidence(GraphConnection graph) {
    BackerEvidence.write(graph, evidence);
  }

  /** A group's authors are counted once however many of its projects they commit to. */
  private static Map<String, OrganizationTable> groups(
      List<Catalog.Group> groups,
      Map<String, Map<String, Long>> commits,
      Map<String, String> domains) {
    Map<String, OrganizationTable> tables = new TreeMap<>();
    for (Catalog.Group g : groups) {
      Map<String, Long> merged = new HashMap<>();
      for (String project : g.projects()) {
        commits.getOrDefault(project, Map.of()).forEach((k, n) -> merged.merge(k, n, Long::sum));
      }
      tables.put(g.id(), OrganizationTable.of(merged, domains));
    }
    return tables;
  }

  /** Writes the releases and organizations files into the new metrics folder. */
  public void writeFiles(Path metricsDir) {
    Path projects = metricsDir.resolve(EntityKind.PROJECT.folder());
    releases.forEach((id, r) -> DepthFiles.writeReleases(projects, id, r.releases()));
    organizations.forEach(
        (kind, tables) -> {
          Path folder = metricsDir.resolve(kind.folder());
          tables.forEach((id, table) -> DepthFiles.writeOrganizations(folder, id, table));
        });
  }

  /** The node properties of analyze with the depth figures merged in, per kind and id. */
  public Map<EntityKind, List<NodeProperties>> addTo(Map<EntityKind, List<NodeProperties>> nodes) {
    Map<EntityKind, List<NodeProperties>> out = new EnumMap<>(EntityKind.class);
    for (EntityKind kind : EntityKind.values()) {
      Map<String, Map<String, Object>> byId = new LinkedHashMap<>();
      for (NodeProperties n : nodes.getOrDefault(kind, List.of())) {
        byId.put(n.id(), new LinkedHashMap<>(n.properties()));
      }
      organizations
          .getOrDefault(kind, Map.of())
          .forEach((id, t) -> organizationProperties(t, props(byId, id)));
      if (kind == EntityKind.PROJECT) {
        releases.forEach((id, r) -> releaseProperties(r, props(byId, id)));
        facts.forEach(
            (id, f) -> {
              if (releases.containsKey(id)) {
                factProperties(f, props(byId, id));
              }
            });
      }
      List<NodeProperties> list = new ArrayList<>();
      byId.forEach((id, p) -> list.add(new NodeProperties(id, p)));
      out.put(kind, list);
    }
    return out;
  }

  /** The releases of a project (for charts and tests). */
  public ProjectReleases releases(String project) {
    return releases.getOrDefault(project, new ProjectReleases(List.of()));
  }

  public OrganizationTable organizations(EntityKind kind, String id) {
    return organizations.getOrDefault(kind, Map.of()).getOrDefault(id, OrganizationTable.EMPTY);
  }

  private static Map<String, Object> props(Map<String, Map<String, Object>> byId, String id) {
    return byId.computeIfAbsent(id, k -> new LinkedHashMap<>());
  }

  private static void organizationProperties(OrganizationTable t, Map<String, Object> p) {
    if (t.rows().isEmpty()) {
      return;
    }
    p.put(
        DepthProperties.ORGANIZATIONS, t.rows().stream().map(Organization::organization).toList());
    p.put(
        DepthProperties.ORGANIZATION_COMMITS,
        t.rows().stream().map(Organization::commits).toList());
    p.put(
        DepthProperties.ORGANIZATION_AUTHORS,
        t.rows().stream().map(Organization::authors).toList());
    if (t.elephantFactor() != null) {
      p.put(DepthProperties.ELEPHANT_FACTOR, (long) t.elephantFactor());
    }
  }

  private void releaseProperties(ProjectReleases r, Map<String, Object> p) {
    long all = r.releases().stream().filter(x -> !x.prerelease()).count();
    if (all == 0) {
      return;
    }
    p.put(DepthProperties.RELEASES, all);
    p.put(DepthProperties.RELEASES_LAST_12_MONTHS, r.countBetween(windowFrom, windowTo));
    Release latest = r.latest();
    if (latest != null) {
      p.put(DepthProperties.LATEST_RELEASE_TAG, latest.tag());
      p.put(DepthProperties.LATEST_RELEASE_DATE, latest.date().toString());
    }
  }

  private static void factProperties(RepoFacts f, Map<String, Object> p) {
    putIfKnown(p, DepthProperties.STARS, f.stars());
    putIfKnown(p, DepthProperties.FORKS, f.forks());
    putIfKnown(p, DepthProperties.LICENSE, f.license());
    putIfKnown(p, DepthProperties.LANGUAGE, f.language());
    if (!f.topics().isEmpty()) {
      p.put(DepthProperties.TOPICS, f.topics());
    }
    putIfKnown(p, DepthProperties.ARCHIVED, f.archived());
    putIfKnown(p, DepthProperties.IS_FORK, f.fork());
  }

  private static void putIfKnown(Map<String, Object> p, String name, Object value) {
    if (value != null) {
      p.put(name, value);
    }
  }
}
