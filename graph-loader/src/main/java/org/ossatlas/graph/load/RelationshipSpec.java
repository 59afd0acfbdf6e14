package org.ossatlas.graph.load;

import java.util.List;

/**
 * A curated relationship type between two labels. Two relationships are the same when their end
 * nodes and {@code keys} match (a project may have one backer in two roles); {@code properties} are
 * updated in place.
 */
record RelationshipSpec(
    String type, String fromLabel, String toLabel, List<String> keys, List<String> properties) {

  List<String> allProperties() {
    List<String> all = new java.util.ArrayList<>(keys);
    all.addAll(properties);
    return all;
  }
}
