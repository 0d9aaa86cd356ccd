package dev.versus.compare;

import dev.versus.model.Technology;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Every technology's shown awards, computed once per build. For each category and country only
 * the technologies counted above 0 are looked at, and only the best 30 of them are kept: a count
 * of 0 is never awarded and ranks below 30 are never shown, so neither needs a full ranking.
 *
 * <p>Rules: docs/comparison-rules.md §6.1, §6.2, §6.3.
 */
final class AwardTable {
    static final int LAST_SHOWN_RANK = 30;
    static final int SHOWN_PER_TECHNOLOGY = 10;

    /** Best first: rank, then the count in that country descending, then country, then category. */
    static final Comparator<Award> SHOWN_ORDER = Comparator.comparingInt(Award::rank)
            .thenComparing(Comparator.comparingLong(Award::count).reversed())
            .thenComparing(Award::country)
            .thenComparing(Award::category);

    /** Count in the country descending, ties by slug: the rules' rank order within a country. */
    private static final Comparator<Counted> IN_COUNTRY = Comparator.comparingLong(Counted::count).reversed()
            .thenComparing(counted -> counted.tech().slug());

    private record Counted(Technology tech, long count) {
    }

    /** One category's technologies in one country: their summed count and the best 30. */
    private static final class CountryTally {
        long sum;
        final TopK<Counted> best = new TopK<>(LAST_SHOWN_RANK, IN_COUNTRY);

        void add(Technology tech, long count) {
            // Saturating: past Long.MAX_VALUE the sum is above any minimum sample anyway.
            sum = sum > Long.MAX_VALUE - count ? Long.MAX_VALUE : sum + count;
            best.offer(new Counted(tech, count));
        }
    }

    private AwardTable() {
    }

    /** Shown awards by technology slug; technologies without any are absent. */
    static Map<String, List<Award>> compute(Collection<CategoryRanking> categories, long minAwardSample) {
        Map<String, TopK<Award>> shown = new HashMap<>();
        for (CategoryRanking category : categories) {
            for (Map.Entry<String, CountryTally> country : tally(category).entrySet()) {
                if (country.getValue().sum >= minAwardSample) {
                    award(category, country.getKey(), country.getValue(), shown);
                }
            }
        }
        Map<String, List<Award>> lists = new HashMap<>(shown.size() * 2);
        shown.forEach((tech, awards) -> lists.put(tech, awards.toList()));
        return lists;
    }

    private static Map<String, CountryTally> tally(CategoryRanking category) {
        Map<String, CountryTally> byCountry = new HashMap<>();
        for (Technology tech : category.ranked) {
            for (Map.Entry<String, Long> count : tech.usage().byCountry().entrySet()) {
                if (count.getValue() > 0) {
                    byCountry.computeIfAbsent(count.getKey(), code -> new CountryTally())
                            .add(tech, count.getValue());
                }
            }
        }
        return byCountry;
    }

    private static void award(
            CategoryRanking category, String country, CountryTally tally, Map<String, TopK<Award>> shown) {
        List<Counted> best = tally.best.toList();
        for (int i = 0; i < best.size(); i++) {
            Counted counted = best.get(i);
            Award award = new Award(country, category.category.slug(), i + 1, counted.count());
            shown.computeIfAbsent(counted.tech().slug(), slug -> new TopK<>(SHOWN_PER_TECHNOLOGY, SHOWN_ORDER))
                    .offer(award);
        }
    }
}
