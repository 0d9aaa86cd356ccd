package dev.versus.compare;

import java.util.List;

/**
 * The (up to three) countries named as where one technology is more popular.
 *
 * <p>Rules: docs/comparison-rules.md §4.2, §4.3.
 *
 * @param countries upper-case codes, in the order the rules give
 * @param relative true when the relative fallback named them ("relatively more popular in")
 */
public record CountryLead(List<String> countries, boolean relative) {

    public CountryLead {
        countries = List.copyOf(countries);
    }
}
