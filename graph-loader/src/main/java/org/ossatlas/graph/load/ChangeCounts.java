package org.ossatlas.graph.load;

/** What a load did to the nodes of one label or the relationships of one type. */
public record ChangeCounts(long created, long updated, long deleted, long unchanged) {

  /** How many there are in the graph after the load. */
  public long present() {
    return created + updated + unchanged;
  }

  public long changes() {
    return created + updated + deleted;
  }
}
