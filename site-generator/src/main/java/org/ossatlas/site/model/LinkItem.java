package org.ossatlas.site.model;

/** A curated external link. */
public record LinkItem(String url, String title) {}
