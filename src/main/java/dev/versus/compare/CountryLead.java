package dev.versus.compare;

import java.util.List;

/**
 * The (up to three) countries where one technology's share of its own total is larger than the
 * other's.
 *
 * <p>Rules: docs/comparison-rules.md §4.2, §4.3.
 *
 * @param countries upper-case codes, largest gap first
 */
public record CountryLead(List<String> countries) {

    public CountryLead {
        countries = List.copyOf(countries);
    }
}
