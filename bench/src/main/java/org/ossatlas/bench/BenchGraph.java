package org.ossatlas.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import org.ossatlas.common.AtomicFiles;
import org.ossatlas.common.Workspace;
import org.ossatlas.graph.GraphConnection;
import org.ossatlas.graph.Neo4jSettings;
import org.ossatlas.graph.load.GraphLoader;
import org.ossatlas.graph.load.LoadOutcome;

/**
 * A workspace with generated sheets and commits at the context's scale, loaded into a fresh
 * embedded Neo4j. Generated files are kept in the work folder and reused by later runs.
 */
final class BenchGraph implements AutoCloseable {
  final Workspace workspace;
  final GraphConnection graph;

  private BenchGraph(Workspace workspace, GraphConnection graph) {
    this.workspace = workspace;
    this.graph = graph;
  }

  static BenchGraph open(BenchContext context) throws Exception {
    Path root = context.file("workspace");
    Workspace workspace =
        new Workspace(root.resolve("sheets"), root.resolve("data"), root.resolve("site-out"));
    if (!Files.exists(workspace.sheets().resolve("projects.csv"))) {
      SyntheticSheets.write(workspace.sheets(), context.scale().projects, 42);
    }
    if (!Files.exists(workspace.commits())) {
      System.out.println("   generating " + context.scale().commits + " commits …");
      SyntheticCommits.write(
          workspace.commits(), context.scale().projects, context.scale().commits, 42);
    }
    AtomicFiles.deleteRecursively(workspace.graphStore());
    GraphConnection graph = GraphConnection.open(Neo4jSettings.embedded(workspace.graphStore(), 0));
    LoadOutcome outcome = GraphLoader.validateAndLoad(graph, workspace.sheets());
    if (!outcome.loaded()) {
      graph.close();
      throw new IllegalStateException(
          "generated sheets do not validate: " + outcome.validation().problems());
    }
    return new BenchGraph(workspace, graph);
  }

  @Override
  public void close() {
    graph.close();
  }
}
