package org.ossatlas.graph.load;

import java.util.Map;

/** A node the sheets want, with its curated properties (a null value: the property is absent). */
record NodeRow(String id, Map<String, Object> properties) {}
