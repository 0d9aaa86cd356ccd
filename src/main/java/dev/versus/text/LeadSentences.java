package dev.versus.text;

import dev.versus.compare.Comparison;
import dev.versus.compare.CountryLead;
import dev.versus.model.Technology;
import dev.versus.model.Unit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Where each technology has the larger share of its own total: the countries and the kinds of
 * site, in one sentence each. The sentences speak of shares because the charts beside them draw
 * shares ("Share of each technology's pages by country"): a reader can check every clause against
 * the bars.
 *
 * <p>Rules: docs/comparison-rules.md §4.4, §5.3.
 */
final class LeadSentences {
    private final String units;
    private final CountryNames countries;
    private final Words words;
    /** Each kind of site's name as a sentence writes it, worked out once: pages ask for it often. */
    private final Map<String, String> siteCategoriesInSentence;

    LeadSentences(Unit unit, CountryNames countries, Map<String, String> siteCategoryNames, Words words) {
        this.units = words.t("units.plural", "unit", unit.plural());
        this.countries = countries;
        this.words = words;
        Map<String, String> inSentence = new HashMap<>();
        siteCategoryNames.forEach((slug, name) -> inSentence.put(slug, words.siteKindInSentence(slug, inSentence(name))));
        this.siteCategoriesInSentence = Map.copyOf(inSentence);
    }

    /**
     * "Django has a larger share of its pages in the United States and Germany than Flask.", or
     * null when it names none.
     */
    String countryBullet(Technology technology, Technology other, CountryLead lead) {
        if (lead.countries().isEmpty()) {
            return null;
        }
        return words.t("sentences.country_bullet", "technology", technology.name(), "other", other.name(),
                "units", units, "countries", countryList(lead));
    }

    /** The countries in a sentence, joined by the language's rules: "the United States and Germany". */
    private String countryList(CountryLead lead) {
        List<String> names = new ArrayList<>();
        for (String code : lead.countries()) {
            names.add(countries.inSentence(code));
        }
        return words.formats().list(names);
    }

    String countries(Comparison comparison) {
        CountryLead first = comparison.firstCountries();
        CountryLead second = comparison.secondCountries();
        if (!first.countries().isEmpty() && !second.countries().isEmpty()) {
            return words.t("sentences.countries_both", "first", comparison.first().name(),
                    "second", comparison.second().name(), "units", units,
                    "first_countries", countryList(first), "second_countries", countryList(second));
        }
        if (first.countries().isEmpty() && second.countries().isEmpty()) {
            return words.t("sentences.countries_neither", "first", comparison.first().name(),
                    "second", comparison.second().name(), "units", units);
        }
        boolean firstLeads = !first.countries().isEmpty();
        Technology leader = firstLeads ? comparison.first() : comparison.second();
        Technology other = firstLeads ? comparison.second() : comparison.first();
        return words.t("sentences.countries_one", "leader", leader.name(), "other", other.name(), "units", units,
                "countries", countryList(firstLeads ? first : second));
    }

    /** The kinds of site in a sentence, joined by the language's rules: "business and education". */
    private String siteKindList(List<String> slugs) {
        List<String> names = new ArrayList<>();
        for (String slug : slugs) {
            names.add(siteCategoryInSentence(slug));
        }
        return words.formats().list(names);
    }

    String siteCategories(Comparison comparison) {
        List<String> first = comparison.firstSiteCategories();
        List<String> second = comparison.secondSiteCategories();
        if (!first.isEmpty() && !second.isEmpty()) {
            return words.t("sentences.site_kinds_both", "first", comparison.first().name(),
                    "second", comparison.second().name(), "units", units,
                    "first_kinds", siteKindList(first), "second_kinds", siteKindList(second));
        }
        if (first.isEmpty() && second.isEmpty()) {
            return words.t("sentences.site_kinds_neither", "first", comparison.first().name(),
                    "second", comparison.second().name(), "units", units);
        }
        boolean firstLeads = !first.isEmpty();
        Technology leader = firstLeads ? comparison.first() : comparison.second();
        Technology other = firstLeads ? comparison.second() : comparison.first();
        return words.t("sentences.site_kinds_one", "leader", leader.name(), "other", other.name(), "units", units,
                "kinds", siteKindList(firstLeads ? first : second));
    }

    /**
     * A kind of site's name inside a sentence: lower-case, except words written all in capitals
     * (acronyms such as "NGO"), and each "/" read as "and" ("Education/Reference" becomes
     * "education and reference").
     */
    String siteCategoryInSentence(String slug) {
        String known = siteCategoriesInSentence.get(slug);
        return known != null ? known : words.siteKindInSentence(slug, inSentence(slug));
    }

    private static String inSentence(String name) {
        List<String> parts = new ArrayList<>();
        for (String part : name.split("/")) {
            parts.add(lowerCaseKeepingAcronyms(part.strip()));
        }
        return String.join(" and ", parts);
    }

    private static String lowerCaseKeepingAcronyms(String text) {
        List<String> words = new ArrayList<>();
        for (String word : text.split(" ")) {
            words.add(isAcronym(word) ? word : word.toLowerCase(Locale.ROOT));
        }
        return String.join(" ", words);
    }

    private static boolean isAcronym(String word) {
        String letters = word.replaceAll("[^\\p{L}]", "");
        return letters.length() >= 2 && letters.equals(letters.toUpperCase(Locale.ROOT));
    }
}
