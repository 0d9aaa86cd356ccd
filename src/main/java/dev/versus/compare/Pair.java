package dev.versus.compare;

import dev.versus.model.Technology;

/** Two technologies that share a category, in canonical order (slugs ascending by code point). */
public record Pair(Technology first, Technology second) {
}
