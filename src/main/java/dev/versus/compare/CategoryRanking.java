package dev.versus.compare;

import dev.versus.model.Category;
import dev.versus.model.Technology;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One category's technologies ranked by total, with the sum of their totals.
 *
 * <p>Rules: docs/comparison-rules.md §2.1, §2.2, §2.3.
 */
final class CategoryRanking {
    /** The rules' rank order: total descending, ties by slug ascending. */
    static final Comparator<Technology> BY_TOTAL =
            Comparator.comparingLong(Technology::total).reversed().thenComparing(Technology::slug);

    final Category category;
    /** Best first. */
    final List<Technology> ranked;
    /** Slug ascending, the order pairs are walked in. */
    final List<Technology> bySlug;
    final long total;
    private final Map<String, Integer> positions;

    CategoryRanking(Category category, List<Technology> members) {
        this.category = category;
        List<Technology> sorted = new ArrayList<>(members);
        sorted.sort(BY_TOTAL);
        this.ranked = List.copyOf(sorted);
        sorted.sort(Comparator.comparing(Technology::slug));
        this.bySlug = List.copyOf(sorted);
        this.positions = new HashMap<>(members.size() * 2);
        long sum = 0;
        for (int i = 0; i < ranked.size(); i++) {
            positions.put(ranked.get(i).slug(), i);
            sum = addTotal(sum, ranked.get(i));
        }
        this.total = sum;
    }

    /** The 1-based rank, or 0 when the technology is not in this category. */
    int rank(String tech) {
        Integer position = positions.get(tech);
        return position == null ? 0 : position + 1;
    }

    /** The five others nearest in rank, nearest first; at equal distance the better-ranked first. */
    List<Technology> alternatives(String tech) {
        int position = rank(tech) - 1;
        List<Technology> nearest = new ArrayList<>(5);
        for (int distance = 1; nearest.size() < 5 && distance < ranked.size(); distance++) {
            if (position - distance >= 0) {
                nearest.add(ranked.get(position - distance));
            }
            if (nearest.size() < 5 && position + distance < ranked.size()) {
                nearest.add(ranked.get(position + distance));
            }
        }
        return List.copyOf(nearest);
    }

    private long addTotal(long sum, Technology tech) {
        try {
            return Math.addExact(sum, tech.total());
        } catch (ArithmeticException e) {
            // Counts are at most 2^53 - 1, so only about a thousand maximal totals overflow; a
            // wrong market share would be worse than a build that stops and says why.
            throw new ArithmeticException("the totals of category " + category.slug() + " exceed a long");
        }
    }
}
