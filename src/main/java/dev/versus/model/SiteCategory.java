package dev.versus.model;

/** A kind of site ("Business"), the key of {@link Usage#bySiteCategory()}. */
public record SiteCategory(String slug, String name) {
}
