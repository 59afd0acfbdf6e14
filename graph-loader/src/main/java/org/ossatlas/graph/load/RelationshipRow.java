package org.ossatlas.graph.load;

import java.util.Map;

/** A relationship the sheets want between the nodes with ids {@code from} and {@code to}. */
record RelationshipRow(String from, String to, Map<String, Object> properties) {}
