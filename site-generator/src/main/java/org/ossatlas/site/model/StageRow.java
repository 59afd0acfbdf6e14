package org.ossatlas.site.model;

import java.util.List;

/**
 * One stage run as the status page shows it, every value already a display string.
 *
 * @param started {@code 2026-11-02 06:00:12 UTC}
 * @param startedIso the same instant in ISO 8601, for {@code <time datetime>}
 * @param in what went in, {@code name count} pairs sorted by name
 * @param out what came out, likewise
 */
public record StageRow(
    String stage,
    String started,
    String startedIso,
    String duration,
    List<String> in,
    List<String> out,
    String recordsPerSecond,
    String peakHeap,
    long warnings,
    long skipped,
    boolean succeeded) {}
