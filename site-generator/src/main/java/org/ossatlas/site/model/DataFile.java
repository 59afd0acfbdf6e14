package org.ossatlas.site.model;

/** A CSV file published under {@code data/}, with what it holds. */
public record DataFile(String href, String label) {}
