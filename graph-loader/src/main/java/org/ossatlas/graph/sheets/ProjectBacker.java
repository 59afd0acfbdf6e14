package org.ossatlas.graph.sheets;

/** A row of {@code project_backers.csv}: {@code backer} has {@code role} in {@code project}. */
public record ProjectBacker(String project, String backer, String role, Origin origin) {}
