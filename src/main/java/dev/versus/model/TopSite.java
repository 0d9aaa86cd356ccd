package dev.versus.model;

/** A measured top site using a technology, with its rank in the list it comes from. */
public record TopSite(String domain, long rank) {
}
