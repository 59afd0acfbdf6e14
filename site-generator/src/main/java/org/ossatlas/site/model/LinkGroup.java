package org.ossatlas.site.model;

import java.util.List;

/** The curated links of one kind ({@code docs}, {@code paper} ...), under a readable heading. */
public record LinkGroup(String kind, String label, List<LinkItem> links) {}
