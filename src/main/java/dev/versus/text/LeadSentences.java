package dev.versus.text;

import dev.versus.compare.Comparison;
import dev.versus.compare.CountryLead;
import dev.versus.model.Technology;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Where each technology leads: the countries and the kinds of site, in one sentence each.
 *
 * <p>Rules: docs/comparison-rules.md §4.4, §5.3.
 */
final class LeadSentences {
    private final CountryNames countries;
    /** Each kind of site's name as a sentence writes it, worked out once: pages ask for it often. */
    private final Map<String, String> siteCategoriesInSentence;

    LeadSentences(CountryNames countries, Map<String, String> siteCategoryNames) {
        this.countries = countries;
        Map<String, String> inSentence = new HashMap<>();
        siteCategoryNames.forEach((slug, name) -> inSentence.put(slug, inSentence(name)));
        this.siteCategoriesInSentence = Map.copyOf(inSentence);
    }

    /** "Django is more popular in the United States and Germany", or null when it names none. */
    String countryClause(Technology technology, CountryLead lead) {
        if (lead.countries().isEmpty()) {
            return null;
        }
        List<String> names = new ArrayList<>();
        for (String code : lead.countries()) {
            names.add(countries.inSentence(code));
        }
        String how = lead.relative() ? " is relatively more popular in " : " is more popular in ";
        return technology.name() + how + EnglishLists.join(names);
    }

    String countries(Comparison comparison) {
        return combine(comparison,
                countryClause(comparison.first(), comparison.firstCountries()),
                countryClause(comparison.second(), comparison.secondCountries()),
                "no country with enough data favors ");
    }

    /** "Django is more popular among sites focused on business", or null when it names none. */
    String siteCategoryClause(Technology technology, List<String> slugs) {
        if (slugs.isEmpty()) {
            return null;
        }
        List<String> names = new ArrayList<>();
        for (String slug : slugs) {
            names.add(siteCategoryInSentence(slug));
        }
        return technology.name() + " is more popular among sites focused on " + EnglishLists.join(names);
    }

    String siteCategories(Comparison comparison) {
        return combine(comparison,
                siteCategoryClause(comparison.first(), comparison.firstSiteCategories()),
                siteCategoryClause(comparison.second(), comparison.secondSiteCategories()),
                "no kind of site favors ");
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

    /** Both clauses joined by "while"; a side with none is said to be favored nowhere. */
    private static String combine(Comparison comparison, String first, String second, String nowhere) {
        if (first != null && second != null) {
            return first + ", while " + second + ".";
        }
        if (first != null) {
            return first + ", while " + nowhere + comparison.second().name() + ".";
        }
        if (second != null) {
            return second + ", while " + nowhere + comparison.first().name() + ".";
        }
        return capitalized(nowhere) + comparison.first().name() + " or " + comparison.second().name() + ".";
    }

    private static String capitalized(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
