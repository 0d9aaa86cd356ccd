package dev.versus.compare;

import dev.versus.model.Technology;
import java.util.List;

/**
 * Every figure of one comparison page, unrounded, as the comparison rules define them.
 *
 * <p>Rules: docs/comparison-rules.md §3.1.
 *
 * @param leader the one with the larger total (tie: first)
 * @param sharedCategories the categories both are in, in slug order
 * @param countryRows the ten countries with the largest combined count
 * @param firstAwards awards shown for first: at most ten, best first
 * @param firstCountries countries where first has the larger share of its own total (up to three)
 * @param firstSiteCategories site-category slugs where first has the larger share of its own total (up to three)
 * @param siteCategoryRows the ten site categories with the largest combined count
 * @param change change since the latest common earlier date, or null when there is none
 * @param firstAlternatives alternatives of first (excluding first and second), each to be linked
 *     to its comparison with first
 * @param noindex true for a thin pair
 */
public record Comparison(
        Technology first,
        Technology second,
        Technology leader,
        Popularity popularity,
        List<CategoryStanding> sharedCategories,
        CountryLead firstCountries,
        CountryLead secondCountries,
        List<CountryRow> countryRows,
        List<Award> firstAwards,
        List<Award> secondAwards,
        List<String> firstSiteCategories,
        List<String> secondSiteCategories,
        List<SiteCategoryRow> siteCategoryRows,
        Change change,
        List<Technology> firstAlternatives,
        List<Technology> secondAlternatives,
        boolean noindex) {

    /** The one that is not the leader. */
    public Technology other() {
        return leader == first ? second : first;
    }
}
