package dev.versus.compare;

import java.util.Comparator;
import java.util.function.Consumer;

/**
 * Both technologies' counts under one key of a breakdown (a country code or a site-category slug).
 *
 * <p>Rules: docs/comparison-rules.md §4.1, §5.1.
 */
record Counts(String key, long first, long second) {

    /** Combined count descending, ties by key ascending: the order of the tables and of "more popular in". */
    static final Comparator<Counts> LARGEST_FIRST = (x, y) -> {
        int bySum = Long.compare(y.sum(), x.sum());
        return bySum != 0 ? bySum : x.key().compareTo(y.key());
    };

    /** At most 2^54, so it cannot overflow. */
    long sum() {
        return first + second;
    }

    /** Visits every key of either breakdown once, in key order, with 0 for a side that lacks it. */
    static void forEach(Breakdown first, Breakdown second, Consumer<Counts> visitor) {
        int i = 0;
        int j = 0;
        while (i < first.keys.length || j < second.keys.length) {
            int order = i == first.keys.length ? 1
                    : j == second.keys.length ? -1 : first.keys[i].compareTo(second.keys[j]);
            if (order < 0) {
                visitor.accept(new Counts(first.keys[i], first.counts[i++], 0));
            } else if (order > 0) {
                visitor.accept(new Counts(second.keys[j], 0, second.counts[j++]));
            } else {
                visitor.accept(new Counts(first.keys[i], first.counts[i++], second.counts[j++]));
            }
        }
    }
}
