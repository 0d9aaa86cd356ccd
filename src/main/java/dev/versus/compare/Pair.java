package dev.versus.compare;

import dev.versus.model.Technology;

/**
 * Two technologies that share a category, in canonical order (slugs ascending by code point).
 *
 * <p>Rules: docs/comparison-rules.md §1.1.
 */
public record Pair(Technology first, Technology second) {

    /** The pair of two distinct technologies in canonical order, whichever order they are given in. */
    public static Pair of(Technology one, Technology other) {
        int order = one.slug().compareTo(other.slug());
        if (order == 0) {
            throw new IllegalArgumentException("a technology is not compared with itself: " + one.slug());
        }
        return order < 0 ? new Pair(one, other) : new Pair(other, one);
    }
}
