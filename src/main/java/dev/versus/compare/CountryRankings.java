package dev.versus.compare;

import dev.versus.model.Category;
import dev.versus.model.Technology;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Every category ranked in every country, for the country pages: computed once per build from
 * the catalog in one pass over each category's members' country counts, so the work is the
 * number of (technology, category, country) counts, never the number of pairs.
 *
 * <p>Rules: docs/comparison-rules.md §8.1, §8.2.
 */
public final class CountryRankings {
    /** Code to its categories with a count above 0 there, in the snapshot's category order. */
    private final Map<String, List<CountryRanking>> byCountry;
    /** Code to how many technologies were detected there. */
    private final Map<String, Integer> detected;
    private final long minSample;

    private CountryRankings(Map<String, List<CountryRanking>> byCountry, Map<String, Integer> detected,
            long minSample) {
        this.byCountry = byCountry;
        this.detected = detected;
        this.minSample = minSample;
    }

    /**
     * Rankings in every country any technology has a count for (even 0); a category is ranked in a
     * country when its counts there reach the awards' minimum sample.
     */
    public static CountryRankings of(Catalog catalog) {
        Map<String, List<CountryRanking>> byCountry = new TreeMap<>();
        Map<String, Integer> detected = new HashMap<>();
        for (Technology tech : catalog.snapshot().technologies()) {
            // A technology has at most one count per country, so counting entries counts technologies.
            tech.usage().byCountry().forEach((code, count) -> {
                byCountry.computeIfAbsent(code, c -> new ArrayList<>());
                detected.merge(code, count > 0 ? 1 : 0, Integer::sum);
            });
        }
        for (Category category : catalog.snapshot().categories()) {
            rank(catalog, category).forEach((code, ranking) -> byCountry.get(code).add(ranking));
        }
        Map<String, List<CountryRanking>> lists = new TreeMap<>();
        byCountry.forEach((code, list) -> lists.put(code, List.copyOf(list)));
        return new CountryRankings(Collections.unmodifiableMap(lists), Map.copyOf(detected),
                catalog.settings().minAwardSample());
    }

    /** One category in every country where it has a count above 0. */
    private static Map<String, CountryRanking> rank(Catalog catalog, Category category) {
        List<Technology> worldwide = catalog.ranking(category.slug());
        Map<String, List<CountryRanking.Placing>> counted = new TreeMap<>();
        for (int i = 0; i < worldwide.size(); i++) {
            Technology tech = worldwide.get(i);
            int worldRank = i + 1;
            tech.usage().byCountry().forEach((code, count) -> {
                if (count > 0) {
                    counted.computeIfAbsent(code, c -> new ArrayList<>())
                            .add(new CountryRanking.Placing(tech, count, 0, worldRank));
                }
            });
        }
        List<Technology> leaders = List.copyOf(worldwide.subList(0, Math.min(CountryRanking.WITHIN, worldwide.size())));
        Map<String, CountryRanking> rankings = new TreeMap<>();
        counted.forEach((code, list) -> rankings.put(code, ranking(category, code, list, leaders)));
        return rankings;
    }

    private static CountryRanking ranking(Category category, String code, List<CountryRanking.Placing> list,
            List<Technology> leaders) {
        list.sort(Comparator.comparingLong(CountryRanking.Placing::count).reversed()
                .thenComparing(placing -> placing.technology().slug()));
        List<CountryRanking.Placing> placings = new ArrayList<>(list.size());
        long total = 0;
        for (int i = 0; i < list.size(); i++) {
            CountryRanking.Placing p = list.get(i);
            placings.add(new CountryRanking.Placing(p.technology(), p.count(), i + 1, p.worldRank()));
            // Saturating, as the award table's sums: past Long.MAX_VALUE any minimum is met.
            total = total > Long.MAX_VALUE - p.count() ? Long.MAX_VALUE : total + p.count();
        }
        return new CountryRanking(category, code, total, placings, leaders);
    }

    /**
     * Every country code any technology has a count for (even 0), sorted: the countries that get
     * a page, known without ranking anything.
     */
    public static List<String> codes(dev.versus.model.Snapshot snapshot) {
        java.util.SortedSet<String> codes = new java.util.TreeSet<>();
        snapshot.technologies().forEach(tech -> codes.addAll(tech.usage().byCountry().keySet()));
        return List.copyOf(codes);
    }

    /**
     * The countries where at least one category reaches the minimum sample, known without
     * ranking anything: only their pages say something worth reading, so only they are indexed,
     * listed in the sitemaps and linked from comparisons.
     */
    public static Set<String> withRanking(Catalog catalog) {
        long min = catalog.settings().minAwardSample();
        Set<String> codes = new HashSet<>();
        for (Category category : catalog.snapshot().categories()) {
            Map<String, Long> totals = new HashMap<>();
            for (Technology tech : catalog.ranking(category.slug())) {
                tech.usage().byCountry().forEach((code, count) -> {
                    if (count > 0) {
                        // Saturating, as the rankings' totals
                        totals.merge(code, count, (x, y) -> x > Long.MAX_VALUE - y ? Long.MAX_VALUE : x + y);
                    }
                });
            }
            totals.forEach((code, total) -> {
                if (total >= min) {
                    codes.add(code);
                }
            });
        }
        return Set.copyOf(codes);
    }

    /** Every country code of the snapshot's country counts, sorted (as {@link #codes}). */
    public List<String> countries() {
        return List.copyOf(byCountry.keySet());
    }

    /** How many technologies were counted above 0 in the country. */
    public int detectedTechnologies(String code) {
        return detected.getOrDefault(code, 0);
    }

    /** The country's categories whose counts there reach the awards' minimum sample, in snapshot order. */
    public List<CountryRanking> ranked(String code) {
        return known(code).stream().filter(r -> r.total() >= minSample).toList();
    }

    /** The country's categories counted above 0 there but below the minimum sample. */
    public List<CountryRanking> thin(String code) {
        return known(code).stream().filter(r -> r.total() < minSample).toList();
    }

    /** The minimum a category's counts in a country must reach to be ranked there. */
    public long minSample() {
        return minSample;
    }

    private List<CountryRanking> known(String code) {
        List<CountryRanking> list = byCountry.get(code);
        if (list == null) {
            throw new IllegalArgumentException("no country counts for " + code);
        }
        return list;
    }
}
