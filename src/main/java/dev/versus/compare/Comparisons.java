package dev.versus.compare;

import dev.versus.model.Category;
import dev.versus.model.HistoryPoint;
import dev.versus.model.Technology;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns one pair into every figure its page shows, by the comparison rules.
 *
 * <p>Rules: docs/comparison-rules.md §2.3, §3.1, §3.2, §7.1.
 */
public final class Comparisons {
    private Comparisons() {
    }

    /** The pair must be in canonical order (see {@link Pair#of}). */
    public static Comparison compare(Catalog catalog, Pair pair) {
        Technology first = pair.first();
        Technology second = pair.second();
        if (first.slug().compareTo(second.slug()) >= 0) {
            throw new IllegalArgumentException("not a canonical pair: " + first.slug() + ", " + second.slug());
        }
        List<Category> shared = catalog.sharedCategories(first, second);
        Profile firstProfile = catalog.profile(first.slug());
        Profile secondProfile = catalog.profile(second.slug());
        CountryFigures countries =
                CountryFigures.of(firstProfile, secondProfile, catalog.settings().minCountrySample());
        SiteCategoryFigures kinds = SiteCategoryFigures.of(firstProfile, secondProfile);
        return new Comparison(first, second,
                second.total() > first.total() ? second : first,
                popularity(first.total(), second.total()),
                standings(catalog, first, second, shared),
                countries.first(), countries.second(), countries.rows(),
                catalog.awards(first.slug()), catalog.awards(second.slug()),
                kinds.first(), kinds.second(), kinds.rows(),
                change(first, second),
                alternatives(catalog, first, second, shared, first),
                alternatives(catalog, first, second, shared, second),
                catalog.isThin(pair));
    }

    /** The band of r = larger / smaller, by integer comparisons: r < 1.1 is 10 * larger < 11 * smaller. */
    static Popularity popularity(long a, long b) {
        long larger = Math.max(a, b);
        long smaller = Math.min(a, b);
        Popularity.Band band;
        if (larger == 0) {
            band = Popularity.Band.NEITHER;
        } else if (smaller == 0) {
            band = Popularity.Band.ONLY_ONE;
        } else if (10 * larger < 11 * smaller) { // at most 11 * 2^53: no overflow
            band = Popularity.Band.ABOUT_EQUAL;
        } else if (larger < 2 * smaller) {
            band = Popularity.Band.PERCENT;
        } else {
            band = Popularity.Band.TIMES;
        }
        return new Popularity(band, larger, smaller);
    }

    private static List<CategoryStanding> standings(
            Catalog catalog, Technology first, Technology second, List<Category> shared) {
        List<CategoryStanding> standings = new ArrayList<>(shared.size());
        for (Category category : shared) {
            String slug = category.slug();
            standings.add(new CategoryStanding(category,
                    catalog.rank(first.slug(), slug), catalog.rank(second.slug(), slug),
                    catalog.marketShare(first.slug(), slug), catalog.marketShare(second.slug(), slug)));
        }
        return standings;
    }

    /** Change since the most recent date both histories have; null when they have none in common. */
    static Change change(Technology first, Technology second) {
        List<HistoryPoint> mine = first.usage().history();
        List<HistoryPoint> theirs = second.usage().history();
        // Both are ascending by date: walk back from the latest until the dates meet.
        int i = mine.size() - 1;
        int j = theirs.size() - 1;
        while (i >= 0 && j >= 0) {
            int order = mine.get(i).date().compareTo(theirs.get(j).date());
            if (order == 0) {
                return new Change(mine.get(i).date(),
                        new Growth(mine.get(i).total(), first.total()),
                        new Growth(theirs.get(j).total(), second.total()));
            }
            if (order > 0) {
                i--;
            } else {
                j--;
            }
        }
        return null;
    }

    /** For each shared category in slug order, the subject's alternatives there, minus the pair. */
    private static List<Technology> alternatives(
            Catalog catalog, Technology first, Technology second, List<Category> shared, Technology subject) {
        Map<String, Technology> kept = new LinkedHashMap<>();
        for (Category category : shared) {
            for (Technology other : catalog.alternatives(subject.slug(), category.slug())) {
                if (!other.slug().equals(first.slug()) && !other.slug().equals(second.slug())) {
                    kept.putIfAbsent(other.slug(), other);
                }
            }
        }
        return List.copyOf(kept.values());
    }
}
