package org.ossatlas.graph.sheets;

/**
 * A row of {@code categories.csv}.
 *
 * @param parent the parent category's id, or null for a top-level category
 * @param description Markdown, or null when empty
 */
public record Category(String id, String name, String parent, String description, Origin origin) {}
