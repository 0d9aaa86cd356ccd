package dev.versus.derive;

import java.util.Collections;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The snapshot slug of each source slug. Valid source slugs are kept as they are and reserved
 * first; only then are the invalid ones repaired with {@link SlugRule}, in ascending order, so a
 * repair can never take a slug that a valid technology already has.
 */
final class SlugAssignment {
    private final Map<String, String> remapped = new TreeMap<>();

    SlugAssignment(SortedSet<String> sourceSlugs) {
        SortedSet<String> taken = new TreeSet<>();
        sourceSlugs.stream().filter(SlugRule::isValid).forEach(taken::add);
        for (String slug : sourceSlugs) {
            if (!SlugRule.isValid(slug)) {
                String repaired = SlugRule.validAndUnique(slug, taken);
                taken.add(repaired);
                remapped.put(slug, repaired);
            }
        }
    }

    String slugFor(String sourceSlug) {
        return remapped.getOrDefault(sourceSlug, sourceSlug);
    }

    /** Source slug to repaired slug, sorted by source slug. */
    Map<String, String> remapped() {
        return Collections.unmodifiableMap(remapped);
    }
}
