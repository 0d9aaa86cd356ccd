package dev.versus.compare;

import dev.versus.model.Technology;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The pairs the pair walk emits from one category (those whose smallest shared category is this
 * one), addressable by index without being held: list pages ask for "pairs 400 to 599". Each
 * pair of the site is listed under exactly one category, the same one the walk files it under.
 * Order: first by slug, then second by slug, as {@link Catalog#pairs()} walks them.
 *
 * <p>Only technologies in several categories can make a pair be filed elsewhere, so building the
 * index costs a pass over the members plus one check per pair of such technologies, as
 * {@link PairWalk#count()} does.
 *
 * <p>Rules: docs/comparison-rules.md §1.2.
 */
public final class CategoryPairs {
    private final List<Technology> members;
    private final String category;
    private final Catalog catalog;
    /** {@code before[i]}: how many listed pairs have a first member before members[i]; one more entry for the end. */
    private final long[] before;

    private CategoryPairs(Catalog catalog, String category, List<Technology> members, long[] before) {
        this.catalog = catalog;
        this.category = category;
        this.members = members;
        this.before = before;
    }

    /** The index of the category's pairs; throws IllegalArgumentException for an unknown category. */
    public static CategoryPairs of(Catalog catalog, String category) {
        List<Technology> members = catalog.ranking(category).stream()
                .sorted(Comparator.comparing(Technology::slug)).toList();
        List<Integer> several = new ArrayList<>();
        for (int i = 0; i < members.size(); i++) {
            if (catalog.profile(members.get(i).slug()).categorySlugs().length > 1) {
                several.add(i);
            }
        }
        long[] filedElsewhere = new long[members.size()];
        for (int x = 0; x < several.size(); x++) {
            for (int y = x + 1; y < several.size(); y++) {
                Technology first = members.get(several.get(x));
                if (!listedHere(catalog, category, first, members.get(several.get(y)))) {
                    filedElsewhere[several.get(x)]++;
                }
            }
        }
        long[] before = new long[members.size() + 1];
        for (int i = 0; i < members.size(); i++) {
            before[i + 1] = before[i] + (members.size() - 1 - i) - filedElsewhere[i];
        }
        return new CategoryPairs(catalog, category, members, before);
    }

    /** How many pairs are listed under the category. */
    public long count() {
        return before[members.size()];
    }

    /**
     * The listed pairs from index {@code from} (0-based, inclusive) to {@code to} (exclusive),
     * in order; indexes beyond the count are left out.
     */
    public List<Pair> slice(long from, long to) {
        long end = Math.min(to, count());
        List<Pair> pairs = new ArrayList<>((int) Math.max(0, end - from));
        if (from >= end) {
            return pairs;
        }
        int i = firstMemberOf(from);
        long index = before[i];
        for (; i < members.size() && index < end; i++) {
            Technology first = members.get(i);
            for (int j = i + 1; j < members.size() && index < end; j++) {
                Technology second = members.get(j);
                if (listedHere(catalog, category, first, second)) {
                    if (index >= from) {
                        pairs.add(new Pair(first, second));
                    }
                    index++;
                }
            }
        }
        return pairs;
    }

    /** The member whose row of pairs holds the pair at {@code index}: the last i with before[i] <= index. */
    private int firstMemberOf(long index) {
        int low = 0;
        int high = members.size() - 1;
        while (low < high) {
            int middle = (low + high + 1) >>> 1;
            if (before[middle] <= index) {
                low = middle;
            } else {
                high = middle - 1;
            }
        }
        return low;
    }

    /**
     * True when the two (in either order, both in the category) are listed under it: when it is
     * the smallest category they share, the one the pair walk files them under.
     */
    public static boolean listedHere(Catalog catalog, String category, Technology first, Technology second) {
        String[] mine = catalog.profile(first.slug()).categorySlugs();
        String[] theirs = catalog.profile(second.slug()).categorySlugs();
        if (mine.length == 1 || theirs.length == 1) {
            return true;
        }
        return category.equals(PairWalk.smallestShared(mine, theirs));
    }
}
