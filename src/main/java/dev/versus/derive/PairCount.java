package dev.versus.derive;

import dev.versus.model.Technology;

import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Counts the comparison pages a snapshot implies: unordered pairs sharing at least one category. */
final class PairCount {
    private PairCount() {
    }

    static long sharingACategory(List<Technology> technologies) {
        Map<String, Integer> index = new HashMap<>();
        BitSet[] sets = new BitSet[technologies.size()];
        for (int i = 0; i < sets.length; i++) {
            sets[i] = new BitSet();
            for (String category : technologies.get(i).categories()) {
                sets[i].set(index.computeIfAbsent(category, c -> index.size()));
            }
        }
        long pairs = 0;
        for (int i = 0; i < sets.length; i++) {
            for (int j = i + 1; j < sets.length; j++) {
                if (sets[i].intersects(sets[j])) {
                    pairs++;
                }
            }
        }
        return pairs;
    }
}
