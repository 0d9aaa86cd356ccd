package dev.versus.compare;

import dev.versus.model.Technology;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * Walks every pair of technologies that share a category without remembering the pairs: a pair
 * is met once in each category the two share, and is emitted only from the smallest such slug.
 * Order: categories by slug, then first by slug, then second by slug.
 *
 * <p>Rules: docs/comparison-rules.md §1.1, §1.2.
 */
final class PairWalk {
    private final Collection<CategoryRanking> categories;
    /** By technology slug, for each one's category slugs in ascending order. */
    private final Map<String, Profile> profiles;

    PairWalk(Collection<CategoryRanking> categoriesBySlug, Map<String, Profile> profiles) {
        this.categories = categoriesBySlug;
        this.profiles = profiles;
    }

    Stream<Pair> pairs() {
        return categories.stream().flatMap(this::pairsFrom);
    }

    /**
     * The same count as {@code pairs().count()}, in time that grows only with the technologies in
     * several categories: a pair with a member in one category only is always met first.
     */
    long count() {
        long count = 0;
        for (CategoryRanking category : categories) {
            long members = category.bySlug.size();
            List<Technology> several = category.bySlug.stream()
                    .filter(tech -> profiles.get(tech.slug()).categorySlugs().length > 1)
                    .toList();
            long pairsOfSeveral = (long) several.size() * (several.size() - 1) / 2;
            count += members * (members - 1) / 2 - pairsOfSeveral;
            for (int i = 0; i < several.size(); i++) {
                for (int j = i + 1; j < several.size(); j++) {
                    count += firstMet(category, several.get(i), several.get(j)) ? 1 : 0;
                }
            }
        }
        return count;
    }

    private Stream<Pair> pairsFrom(CategoryRanking category) {
        List<Technology> members = category.bySlug;
        return IntStream.range(0, members.size()).boxed().flatMap(i -> IntStream.range(i + 1, members.size())
                .filter(j -> firstMet(category, members.get(i), members.get(j)))
                .mapToObj(j -> new Pair(members.get(i), members.get(j))));
    }

    /** True when the category is the smallest slug the two share, where the walk meets them first. */
    private boolean firstMet(CategoryRanking category, Technology first, Technology second) {
        String[] mine = profiles.get(first.slug()).categorySlugs();
        String[] theirs = profiles.get(second.slug()).categorySlugs();
        if (mine.length == 1 || theirs.length == 1) {
            return true; // the one category both are in is this one: the common case, kept cheap
        }
        return category.category.slug().equals(smallestShared(mine, theirs));
    }

    /** The first slug in both ascending arrays, or null. */
    static String smallestShared(String[] mine, String[] theirs) {
        int i = 0;
        int j = 0;
        while (i < mine.length && j < theirs.length) {
            int order = mine[i].compareTo(theirs[j]);
            if (order == 0) {
                return mine[i];
            }
            if (order < 0) {
                i++;
            } else {
                j++;
            }
        }
        return null;
    }
}
