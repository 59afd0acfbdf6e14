package org.ossatlas.site.model;

/** A link to a category with how many projects it holds (subcategories included). */
public record CategoryLink(Ref category, long projects) {}
