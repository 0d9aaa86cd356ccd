package dev.versus.compare;

import java.util.Comparator;
import java.util.Iterator;
import java.util.Map;
import java.util.function.Consumer;

/** Both technologies' counts under one key of a breakdown (a country code or a site-category slug). */
record Counts(String key, long first, long second) {

    /** Combined count descending, ties by key ascending: the order of the tables and of "more popular in". */
    static final Comparator<Counts> LARGEST_FIRST =
            Comparator.comparingLong(Counts::sum).reversed().thenComparing(Counts::key);

    /** At most 2^54, so it cannot overflow. */
    long sum() {
        return first + second;
    }

    /**
     * Visits every key of either breakdown once, in key order, with 0 for a side that lacks it.
     * The model's breakdowns are sorted by key, so one merging pass is enough.
     */
    static void forEach(Map<String, Long> first, Map<String, Long> second, Consumer<Counts> visitor) {
        Iterator<Map.Entry<String, Long>> mine = first.entrySet().iterator();
        Iterator<Map.Entry<String, Long>> theirs = second.entrySet().iterator();
        Map.Entry<String, Long> m = next(mine);
        Map.Entry<String, Long> t = next(theirs);
        while (m != null || t != null) {
            int order = m == null ? 1 : t == null ? -1 : m.getKey().compareTo(t.getKey());
            if (order < 0) {
                visitor.accept(new Counts(m.getKey(), m.getValue(), 0));
                m = next(mine);
            } else if (order > 0) {
                visitor.accept(new Counts(t.getKey(), 0, t.getValue()));
                t = next(theirs);
            } else {
                visitor.accept(new Counts(m.getKey(), m.getValue(), t.getValue()));
                m = next(mine);
                t = next(theirs);
            }
        }
    }

    private static Map.Entry<String, Long> next(Iterator<Map.Entry<String, Long>> entries) {
        return entries.hasNext() ? entries.next() : null;
    }
}
