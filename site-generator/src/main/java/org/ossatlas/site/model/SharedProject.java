package org.ossatlas.site.model;

/** A project with contributors in common over the last 24 months, and the overlap (Jaccard). */
public record SharedProject(Ref project, long shared, Double jaccard, String overlapText) {}
