package dev.versus.compare;

import static dev.versus.compare.Fixtures.catalog;
import static dev.versus.compare.Fixtures.compare;
import static dev.versus.compare.Fixtures.tech;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class CountryLeadTest {

    @Test
    void aCountryQualifiesAtTwentyCombinedButNotAtNineteen() {
        Comparison c = compare(catalog(
                tech("a", 100).country("US", 10).country("DE", 11),
                tech("b", 100).country("US", 9).country("DE", 9)), "a", "b");
        // US: 10 + 9 = 19 < 20, left out; DE: 11 + 9 = 20, a leads there
        assertEquals(new CountryLead(List.of("DE"), false), c.firstCountries());
    }

    @Test
    void whenTheRelativeFallbackFindsNothingTheListIsEmptyAndNotRelative() {
        Comparison c = compare(catalog(
                tech("a", 100).country("US", 10).country("DE", 11),
                tech("b", 100).country("US", 9).country("DE", 9)), "a", "b");
        // b leads nowhere; in DE (the only qualifying country) 9/100 - 11/100 < 0
        assertEquals(new CountryLead(List.of(), false), c.secondCountries());
    }

    @Test
    void leadsAreOrderedByCombinedCountThenCodeAndOnlyThreeAreNamed() {
        Comparison c = compare(catalog(
                tech("a", 1000).country("US", 30).country("GB", 30).country("DE", 25).country("FR", 20),
                tech("b", 1000).country("US", 20).country("GB", 20).country("DE", 15).country("FR", 10)), "a", "b");
        // sums: GB 50, US 50 (tie: GB before US), DE 40, FR 30 (fourth, not named)
        assertEquals(List.of("GB", "US", "DE"), c.firstCountries().countries());
    }

    @Test
    void aSideLeadingNowhereIsNamedWhereItsShareOfItsOwnTotalLeadsMost() {
        Comparison c = compare(catalog(
                tech("a", 1000).country("US", 500).country("DE", 300).country("NO", 10).country("UY", 20)
                        .country("CV", 15).country("FI", 12),
                tech("b", 100).country("US", 40).country("DE", 30).country("NO", 10).country("UY", 8)
                        .country("CV", 6).country("FI", 8)), "a", "b");
        // a leads (a_c > b_c) in US 540, DE 330, UY 28, CV 21, FI 20 (sums); NO is a tie, nobody leads
        assertEquals(new CountryLead(List.of("US", "DE", "UY"), false), c.firstCountries());
        // b leads nowhere. b_c/100 - a_c/1000: US 0.40-0.50 < 0, DE 0.30-0.30 = 0 (not positive),
        // NO 0.10-0.010 = 0.090, FI 0.08-0.012 = 0.068, UY 0.08-0.020 = 0.060, CV 0.06-0.015 = 0.045
        assertEquals(new CountryLead(List.of("NO", "FI", "UY"), true), c.secondCountries());
    }

    @Test
    void equalRelativeDifferencesAreOrderedByCombinedCountThenCode() {
        Comparison c = compare(catalog(
                tech("a", 1000).country("SE", 20).country("DK", 30).country("IS", 30).country("EE", 40),
                tech("b", 100).country("SE", 3).country("DK", 4).country("IS", 4).country("EE", 4)), "a", "b");
        // b_c/100 - a_c/1000: SE 0.03-0.02 = 0.01 (sum 23), DK 0.04-0.03 = 0.01 (34), IS the same as DK,
        // EE 0.04-0.04 = 0 (not positive). Equal 0.01: DK and IS (34, by code) before SE (23)
        assertEquals(new CountryLead(List.of("DK", "IS", "SE"), true), c.secondCountries());
    }

    @Test
    void aTotalOfZeroHasSharesOfZeroAndSoNoRelativeLead() {
        Comparison c = compare(catalog(tech("a", 0), tech("b", 100).country("US", 30)), "a", "b");
        // a's shares are 0: 0 - 30/100 < 0
        assertEquals(new CountryLead(List.of(), false), c.firstCountries());
        assertEquals(new CountryLead(List.of("US"), false), c.secondCountries());
    }

    @Test
    void theCountryTableHasTheTenLargestCombinedCountsWithEachShareOfItsOwnTotal() {
        Fixtures.Spec a = tech("a", 200);
        Fixtures.Spec b = tech("b", 100);
        String[] codes = {"AT", "BE", "CH", "DE", "DK", "ES", "FI", "FR", "GB", "IE", "IT"};
        for (int i = 0; i < codes.length; i++) {
            a.country(codes[i], i + 1); // AT 1 ... IT 11
            b.country(codes[i], 1);
        }
        a.country("NL", 0);
        b.country("NL", 0).country("US", 12);
        Comparison c = compare(catalog(a, b), "a", "b");
        // sums: IT 11+1 = 12, US 0+12 = 12 (IT before US by code), IE 11, GB 10, ... CH 4; BE 3, AT 2 and NL 0 are left out
        assertEquals(List.of("IT", "US", "IE", "GB", "FR", "FI", "ES", "DK", "DE", "CH"),
                c.countryRows().stream().map(CountryRow::code).toList());
        // IT: a 11 of 200, b 1 of 100
        assertEquals(new CountryRow("IT", 11, 1, new Share(11, 200), new Share(1, 100)), c.countryRows().get(0));
    }
}
