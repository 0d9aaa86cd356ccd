package dev.versus.model;

/**
 * A category of technologies; comparisons are made within one.
 *
 * @param singular lower-case noun used in sentences ("web framework")
 */
public record Category(String slug, String name, String singular) {
}
