package org.ossatlas.site.model;

/** A backer of a project, with its roles ({@code creator, maintainer}). */
public record BackerRole(Ref backer, String kind, String roles) {}
