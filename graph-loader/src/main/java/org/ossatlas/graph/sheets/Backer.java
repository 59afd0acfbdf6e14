package org.ossatlas.graph.sheets;

/**
 * A row of {@code backers.csv}: a company, foundation, university, community or person.
 *
 * @param url an http(s) URL, or null when empty
 * @param description Markdown, or null when empty
 */
public record Backer(
    String id, String name, String kind, String url, String description, Origin origin) {}
