package org.ossatlas.graph.sheets;

/** A row of {@code relations.csv}: project {@code from} is {@code kind} project {@code to}. */
public record Relation(String from, String to, String kind, Origin origin) {}
