package org.ossatlas.analytics.charts;

/** The metric values a chart's text alternative quotes; null when absent. */
record ChartFacts(String asOf, Long commits12m, Long authors12m, Double change, String trend) {}
