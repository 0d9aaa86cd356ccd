package dev.versus.synth;

import java.util.HashMap;
import java.util.Map;

/**
 * Counts comparison pages (pairs of technologies sharing at least one category) as technologies
 * are added one at a time, exactly and in constant time per technology. A technology in category
 * {@code a} alone meets the {@code size(a)} technologies already there; one in {@code a} and
 * {@code b} meets {@code size(a) + size(b) - both(a, b)}, where {@code both(a, b)} counts those
 * already in both, which (no technology having more than two) are those in exactly {@code a}
 * and {@code b}.
 */
final class PairCounter {
    private final long[] sizes;
    /** Technologies in exactly two categories, by the pair's key; only looked up, never iterated. */
    private final Map<Long, Long> both = new HashMap<>();
    private long pairs;
    private long technologies;

    PairCounter(int categories) {
        sizes = new long[categories];
    }

    void add(int[] categories) {
        if (categories.length == 1) {
            pairs += sizes[categories[0]];
        } else {
            long key = key(categories[0], categories[1]);
            long shared = both.getOrDefault(key, 0L);
            pairs += sizes[categories[0]] + sizes[categories[1]] - shared;
            both.put(key, shared + 1);
        }
        for (int category : categories) {
            sizes[category]++;
        }
        technologies++;
    }

    long pairs() {
        return pairs;
    }

    long technologies() {
        return technologies;
    }

    private static long key(int a, int b) {
        return ((long) Math.min(a, b) << 32) | Math.max(a, b);
    }
}
