package org.ossatlas.site.render;

/**
 * What a page's head needs: its href from the site root, canonical URL, title, description, the
 * navigation section it belongs to, and the open graph type.
 */
public record PageInfo(
    String href, String canonical, String title, String description, String section) {}
