package org.ossatlas.site.model;

/**
 * One project in a table (category, backer and list pages): raw values for sorting, display strings
 * for reading, and a sparkline when the analytics drew one.
 */
public record ProjectRow(
    Ref project,
    Ref primaryCategory,
    Long commits12m,
    String commits12mText,
    Long authors12m,
    String authors12mText,
    Double change,
    String changeText,
    String trend,
    String lastCommit,
    String lastCommitText,
    Chart sparkline) {}
