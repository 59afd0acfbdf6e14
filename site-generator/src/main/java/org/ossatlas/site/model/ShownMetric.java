package org.ossatlas.site.model;

/** A metric as a page shows it: label, display value and one-line definition. */
public record ShownMetric(String property, String label, String value, String definition) {}
