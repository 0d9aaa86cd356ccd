package dev.versus.compare;

import java.util.Map;

/**
 * A technology's counts by key (country code or site-category slug) as parallel arrays in key
 * order. Every page of a technology merges its breakdowns with another's, so the catalog flattens
 * the model's sorted maps once instead of walking tree nodes and boxed counts on every page.
 */
final class Breakdown {
    final String[] keys;
    final long[] counts;

    private Breakdown(String[] keys, long[] counts) {
        this.keys = keys;
        this.counts = counts;
    }

    /** The map must iterate in key order, as the model's maps do. */
    static Breakdown of(Map<String, Long> sorted) {
        String[] keys = new String[sorted.size()];
        long[] counts = new long[sorted.size()];
        int i = 0;
        for (Map.Entry<String, Long> entry : sorted.entrySet()) {
            keys[i] = entry.getKey();
            counts[i++] = entry.getValue();
        }
        return new Breakdown(keys, counts);
    }
}
