package dev.versus.text;

import java.util.List;

/**
 * Lists in running English, with the serial comma the rules ask for.
 *
 * <p>Rules: docs/comparison-rules.md §10.8.
 */
public final class EnglishLists {
    private EnglishLists() {
    }

    /** "" for none, "A", "A and B", "A, B, and C". */
    public static String join(List<String> items) {
        int size = items.size();
        if (size == 0) {
            return "";
        }
        if (size == 1) {
            return items.get(0);
        }
        if (size == 2) {
            return items.get(0) + " and " + items.get(1);
        }
        return String.join(", ", items.subList(0, size - 1)) + ", and " + items.get(size - 1);
    }
}
