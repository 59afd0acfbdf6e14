package org.ossatlas.site.model;

/** A chart image that exists in the site ({@code href} from the root) and its text alternative. */
public record Chart(String href, String alt) {}
