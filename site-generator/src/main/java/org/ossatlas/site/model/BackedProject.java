package org.ossatlas.site.model;

/** A project a backer supports, with its roles there. */
public record BackedProject(ProjectRow row, String roles) {}
