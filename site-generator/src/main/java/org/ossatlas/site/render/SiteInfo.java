package org.ossatlas.site.render;

/**
 * What every page knows about the site: its title, its public base URL (ending in a slash), the
 * path part of that URL (for pages served at any path, like 404) and the data date.
 */
public record SiteInfo(
    String title, String tagline, String baseUrl, String basePath, String asOf, String asOfText) {}
