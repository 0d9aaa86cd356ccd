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
    /** Each kind of site's name as a sentence writes it, worked out once: pages ask for it often. */
    private final Map<String, String> siteCategoriesInSentence;

    LeadSentences(Unit unit, CountryNames countries, Map<String, String> siteCategoryNames) {
        this.units = unit.plural();
        this.countries = countries;
        Map<String, String> inSentence = new HashMap<>();
        siteCategoryNames.forEach((slug, name) -> inSentence.put(slug, inSentence(name)));
        this.siteCategoriesInSentence = Map.copyOf(inSentence);
    }

    /**
     * "Django has a larger share of its pages in the United States and Germany than Flask", or
     * null when it names none.
     */
    String countryClause(Technology technology, Technology other, CountryLead lead) {
        if (lead.countries().isEmpty()) {
            return null;
        }
        List<String> names = new ArrayList<>();
        for (String code : lead.countries()) {
            names.add(countries.inSentence(code));
        }
        return largerShare(technology, "in " + EnglishLists.join(names), other);
    }

    String countries(Comparison comparison) {
        return combine(comparison,
                countryClause(comparison.first(), comparison.second(), comparison.firstCountries()),
                countryClause(comparison.second(), comparison.first(), comparison.secondCountries()),
                "in any country with enough data");
    }

    /** "Django has a larger share of its pages on sites focused on business than Flask", or null. */
    String siteCategoryClause(Technology technology, Technology other, List<String> slugs) {
        if (slugs.isEmpty()) {
            return null;
        }
        List<String> names = new ArrayList<>();
        for (String slug : slugs) {
            names.add(siteCategoryInSentence(slug));
        }
        return largerShare(technology, "on sites focused on " + EnglishLists.join(names), other);
    }

    String siteCategories(Comparison comparison) {
        return combine(comparison,
                siteCategoryClause(comparison.first(), comparison.second(), comparison.firstSiteCategories()),
                siteCategoryClause(comparison.second(), comparison.first(), comparison.secondSiteCategories()),
                "on any kind of site");
    }

    private String largerShare(Technology technology, String where, Technology other) {
        return technology.name() + " has a larger share of its " + units + " " + where + " than " + other.name();
    }

    /**
     * A kind of site's name inside a sentence: lower-case, except words written all in capitals
     * (acronyms such as "NGO"), and each "/" read as "and" ("Education/Reference" becomes
     * "education and reference").
     */
    String siteCategoryInSentence(String slug) {
        String known = siteCategoriesInSentence.get(slug);
        return known != null ? known : inSentence(slug);
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

    /** Both clauses as one sentence; a side with none is said to have the larger share nowhere. */
    private String combine(Comparison comparison, String first, String second, String anywhere) {
        if (first != null && second != null) {
            return first + "; " + second + ".";
        }
        if (first != null) {
            return first + "; " + nowhere(comparison.second(), anywhere);
        }
        if (second != null) {
            return second + "; " + nowhere(comparison.first(), anywhere);
        }
        return capitalized("neither " + comparison.first().name() + " nor " + comparison.second().name()
                + " has a larger share of its " + units + " " + anywhere + ".");
    }

    private static String nowhere(Technology technology, String anywhere) {
        return technology.name() + "'s share is not larger " + anywhere + ".";
    }

    private static String capitalized(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
