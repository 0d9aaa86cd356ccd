package dev.versus.check;

import dev.versus.hash.Fnv1a;
import java.util.Arrays;
import java.util.Collection;

/**
 * A page's ids (and a names) as sorted 64-bit hashes: a few longs per page instead of strings
 * keeps every page's ids in memory for cross-page anchor checks on sites of a million pages.
 * A collision could hide a broken anchor with odds of about one in 2^64 per lookup.
 */
final class IdSet {
    private static final long[] EMPTY = {};

    private IdSet() {
    }

    static long[] of(Collection<String> ids) {
        if (ids.isEmpty()) {
            return EMPTY;
        }
        long[] hashes = ids.stream().mapToLong(IdSet::hash).sorted().distinct().toArray();
        return hashes;
    }

    static boolean contains(long[] set, String id) {
        return Arrays.binarySearch(set, hash(id)) >= 0;
    }

    /** FNV-1a over the UTF-16 chars. */
    static long hash(String text) {
        return Fnv1a.chars(text);
    }
}
