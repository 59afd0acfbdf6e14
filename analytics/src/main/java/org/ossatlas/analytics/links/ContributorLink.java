package org.ossatlas.analytics.links;

/**
 * Two projects with contributors in common over the last 24 months: {@code from} and {@code to} are
 * project numbers with {@code from < to} (so ids in ascending order), {@code shared} the number of
 * common authors and {@code jaccard} shared / authors of either, rounded to 4 decimals.
 */
public record ContributorLink(int from, int to, long shared, double jaccard) {}
