package dev.versus.derive;

import dev.versus.text.CldrCountryNames;
import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Models usage by country, which no public source gives per technology.
 *
 * <p>Base weights: the number of domains with a country-code top-level domain per country in
 * the Majestic top sites (the {@code cctld_country} column of {@code top_sites_majestic.csv}),
 * with .edu, .gov and .mil domains counted for the United States.
 * Kept are the countries with at least {@value #MIN_DOMAINS} such domains whose code is in both
 * {@code countries.json} and {@link CldrCountryNames#codes()}, except the ccTLDs in
 * {@link #DOMAIN_HACKS}, which the list uses mostly for short links and name puns (is.gd,
 * notion.so, archive.is) rather than for sites of that country. Each technology then gets its own
 * perturbed copy of these weights from {@link BreakdownModel} with sigma {@value #SIGMA} and a
 * known-country fraction between 55% and 85% of its total.
 *
 * <p>The weights still undercount countries whose sites mostly use .com and other generic
 * domains; the methodology page says so.
 */
final class CountryModel {
    static final int MIN_DOMAINS = 5;
    static final double SIGMA = 0.6;
    static final Set<String> DOMAIN_HACKS = Set.of("GD", "GY", "IS", "LI", "MS", "SO", "ST", "TL");

    private final Map<String, Long> baseWeights;
    private final BreakdownModel model = new BreakdownModel("country", SIGMA, 550, 850);

    CountryModel(Map<String, Integer> domainsByCountry, Set<String> knownCountries) {
        Set<String> iso = CldrCountryNames.codes();
        Map<String, Long> weights = new TreeMap<>();
        domainsByCountry.forEach((code, domains) -> {
            if (domains >= MIN_DOMAINS && iso.contains(code) && knownCountries.contains(code)
                    && !DOMAIN_HACKS.contains(code)) {
                weights.put(code, (long) domains);
            }
        });
        this.baseWeights = Collections.unmodifiableMap(weights);
    }

    Map<String, Long> baseWeights() {
        return baseWeights;
    }

    Map<String, Long> allocate(String slug, long total) {
        return model.allocate(slug, total, baseWeights);
    }

    BreakdownModel model() {
        return model;
    }
}
