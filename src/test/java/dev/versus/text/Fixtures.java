package dev.versus.text;

import dev.versus.compare.CategoryStanding;
import dev.versus.compare.Comparison;
import dev.versus.compare.CountryLead;
import dev.versus.compare.Popularity;
import dev.versus.model.Category;
import dev.versus.model.Technology;
import dev.versus.model.Usage;
import java.util.List;
import java.util.Map;

/** Comparisons built by hand, holding only what the wording reads. */
final class Fixtures {
    static final Category WEB_FRAMEWORKS = new Category("web-frameworks", "Web frameworks", "web framework");
    static final Category LANGUAGES = new Category("languages", "Programming languages", "programming language");

    private Fixtures() {
    }

    static Technology technology(String slug, String name, long total, String... categories) {
        List<String> categoryList = categories.length == 0 ? List.of(WEB_FRAMEWORKS.slug()) : List.of(categories);
        return new Technology(slug, name, categoryList, null, null, false, List.of(), null,
                new Usage(total, Map.of(), Map.of(), List.of()), List.of());
    }

    /** A comparison of two web frameworks with the given totals and nothing else. */
    static Comparison comparison(long firstTotal, long secondTotal) {
        return comparison(technology("django", "Django", firstTotal), technology("flask", "Flask", secondTotal));
    }

    static Comparison comparison(Technology first, Technology second) {
        return comparison(first, second, List.of(standing(WEB_FRAMEWORKS)), lead(), lead(), List.of(), List.of());
    }

    static Comparison withCountries(long firstTotal, long secondTotal, CountryLead first, CountryLead second) {
        return comparison(technology("django", "Django", firstTotal), technology("flask", "Flask", secondTotal),
                List.of(standing(WEB_FRAMEWORKS)), first, second, List.of(), List.of());
    }

    static Comparison withSiteCategories(List<String> first, List<String> second) {
        return comparison(technology("django", "Django", 200), technology("flask", "Flask", 100),
                List.of(standing(WEB_FRAMEWORKS)), lead(), lead(), first, second);
    }

    static Comparison comparison(Technology first, Technology second, List<CategoryStanding> shared,
            CountryLead firstCountries, CountryLead secondCountries,
            List<String> firstSiteCategories, List<String> secondSiteCategories) {
        Technology leader = second.total() > first.total() ? second : first;
        long larger = Math.max(first.total(), second.total());
        long smaller = Math.min(first.total(), second.total());
        return new Comparison(first, second, leader, new Popularity(band(larger, smaller), larger, smaller),
                shared, firstCountries, secondCountries, List.of(), List.of(), List.of(),
                firstSiteCategories, secondSiteCategories, List.of(), null, List.of(), List.of(), false);
    }

    static CategoryStanding standing(Category category) {
        return new CategoryStanding(category, 1, 2, null, null);
    }

    static CountryLead lead(String... codes) {
        return new CountryLead(List.of(codes));
    }

    /** The bands of the rules, by exact integer comparison of r = larger / smaller. */
    private static Popularity.Band band(long larger, long smaller) {
        if (larger == 0) {
            return Popularity.Band.NEITHER;
        }
        if (smaller == 0) {
            return Popularity.Band.ONLY_ONE;
        }
        if (larger * 10 < smaller * 11) {
            return Popularity.Band.ABOUT_EQUAL;
        }
        return larger < 2 * smaller ? Popularity.Band.PERCENT : Popularity.Band.TIMES;
    }
}
