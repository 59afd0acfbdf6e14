package org.ossatlas.site.model;

import java.util.List;

/** Curated relations of one kind and direction, phrased from the page's point of view. */
public record Relation(String label, List<Ref> projects) {}
