package org.ossatlas.analytics;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.ossatlas.analytics.charts.ChartWriter;
import org.ossatlas.analytics.commits.CommitTable;
import org.ossatlas.analytics.graph.Catalog;
import org.ossatlas.analytics.graph.GraphWriteBack;
import org.ossatlas.analytics.graph.GraphWriteBack.IdLink;
import org.ossatlas.analytics.graph.GraphWriteBack.NodeProperties;
import org.ossatlas.analytics.links.ContributorLink;
import org.ossatlas.analytics.links.SharedContributors;
import org.ossatlas.analytics.metrics.ActivityCells;
import org.ossatlas.analytics.metrics.EntityActivity;
import org.ossatlas.analytics.metrics.EntityKind;
import org.ossatlas.analytics.metrics.EntityResults;
import org.ossatlas.analytics.metrics.MetricSuite;
import org.ossatlas.analytics.metrics.Windows;
import org.ossatlas.analytics.series.Membership;
import org.ossatlas.common.Progress;

/** What one run computes: the results of each kind of entity and the contributor links. */
record Results(
    EntityResults projects, List<ChartWriter.Groups> groups, List<ContributorLink> links) {
  /** Every metric of every kind, the links and the centrality. */
  static Results compute(Catalog catalog, ActivityCells cells, Windows windows, Progress progress) {
    List<String> ids = catalog.projectIds();
    List<String> names = catalog.projects().stream().map(Catalog.Project::name).toList();
    // Categories and backers need nothing of the projects' results: they run on another core
    // while the projects, their links and PageRank are computed here.
    CompletableFuture<ChartWriter.Groups> categories =
        CompletableFuture.supplyAsync(
            () -> groups(EntityKind.CATEGORY, catalog.categories(), ids, cells, windows));
    CompletableFuture<ChartWriter.Groups> backers =
        categories.thenApplyAsync(
            done -> groups(EntityKind.BACKER, catalog.backers(), ids, cells, windows));
    progress.message("projects");
    EntityActivity projectActivity = new EntityActivity(cells, Membership.identity(ids), windows);
    List<ContributorLink> links =
        SharedContributors.compute(
            projectActivity.authorWindows(), EntityActivity.ENTITY, CommitTable.AUTHOR, ids.size());
    double[] pageRank = Centralities.pageRank(catalog, links);
    EntityResults projects =
        new EntityResults(
            EntityKind.PROJECT,
            ids,
            names,
            MetricSuite.projects(catalog.primaryCategories(), pageRank).compute(projectActivity),
            projectActivity.series());
    progress.step();
    progress.message("categories and backers");
    List<ChartWriter.Groups> groups = List.of(join(categories), join(backers));
    progress.step();
    progress.step();
    return new Results(projects, groups, links);
  }

  /** The result of a parallel part, or what it threw, as it was thrown. */
  private static <T> T join(CompletableFuture<T> future) {
    try {
      return future.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      if (e.getCause() instanceof Error error) {
        throw error;
      }
      throw e;
    }
  }

  private static ChartWriter.Groups groups(
      EntityKind kind,
      List<Catalog.Group> groups,
      List<String> projectIds,
      ActivityCells cells,
      Windows windows) {
    Membership members = Membership.of(projectIds, Catalog.members(groups));
    EntityActivity activity = new EntityActivity(cells, members, windows);
    List<String> names = groups.stream().map(Catalog.Group::name).toList();
    EntityResults results =
        new EntityResults(
            kind,
            members.groupIds(),
            names,
            MetricSuite.groups().compute(activity),
            activity.series());
    return new ChartWriter.Groups(results, members);
  }

  List<EntityResults> all() {
    List<EntityResults> all = new ArrayList<>(List.of(projects));
    groups.forEach(g -> all.add(g.results()));
    return all;
  }

  Map<EntityKind, List<NodeProperties>> nodeProperties(String asOf) {
    Map<EntityKind, List<NodeProperties>> nodes = new EnumMap<>(EntityKind.class);
    for (EntityResults r : all()) {
      nodes.put(r.kind(), GraphWriteBack.properties(r, asOf));
    }
    return nodes;
  }

  List<IdLink> idLinks() {
    return links.stream().map(l -> IdLink.of(l, projects.ids())).toList();
  }
}
