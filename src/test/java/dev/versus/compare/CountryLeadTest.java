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
        // US: 10 + 9 = 19 < 20, left out; DE: 11 + 9 = 20, a's share 11/100 > b's 9/100
        assertEquals(new CountryLead(List.of("DE")), c.firstCountries());
        assertEquals(new CountryLead(List.of()), c.secondCountries());
    }

    @Test
    void sharesOfEachOwnTotalDecideNotCounts() {
        // The React and Vue.js: a has more sites in US and DE, b a larger share of its own there.
        Comparison c = compare(catalog(
                tech("a", 1000).country("US", 300).country("DE", 100).country("FR", 200),
                tech("b", 100).country("US", 40).country("DE", 20).country("FR", 5)), "a", "b");
        // a: US 0.30 vs 0.40, DE 0.10 vs 0.20, FR 0.20 vs 0.05: a's share is larger only in FR
        assertEquals(new CountryLead(List.of("FR")), c.firstCountries());
        // b: DE gap 0.20-0.10 = 0.10 ties US 0.40-0.30 = 0.10; US first (combined 340 > 120)
        assertEquals(new CountryLead(List.of("US", "DE")), c.secondCountries());
    }

    @Test
    void theLargestGapsAreNamedFirstAndOnlyThree() {
        Comparison c = compare(catalog(
                tech("a", 1000).country("US", 500).country("DE", 300).country("NO", 10).country("UY", 20)
                        .country("CV", 15).country("FI", 12),
                tech("b", 100).country("US", 40).country("DE", 30).country("NO", 10).country("UY", 8)
                        .country("CV", 6).country("FI", 8)), "a", "b");
        // a_c/1000 - b_c/100: US 0.50-0.40 = 0.10 > 0; DE 0.30-0.30 = 0, not larger; the rest negative
        assertEquals(new CountryLead(List.of("US")), c.firstCountries());
        // b_c/100 - a_c/1000: NO 0.10-0.010 = 0.090, FI 0.08-0.012 = 0.068, UY 0.08-0.020 = 0.060,
        // CV 0.06-0.015 = 0.045 (fourth, not named)
        assertEquals(new CountryLead(List.of("NO", "FI", "UY")), c.secondCountries());
    }

    @Test
    void equalGapsAreOrderedByCombinedCountThenCode() {
        Comparison c = compare(catalog(
                tech("a", 1000).country("SE", 20).country("DK", 30).country("IS", 30).country("EE", 40),
                tech("b", 100).country("SE", 3).country("DK", 4).country("IS", 4).country("EE", 4)), "a", "b");
        // b_c/100 - a_c/1000: SE 0.03-0.02 = 0.01 (sum 23), DK 0.04-0.03 = 0.01 (34), IS the same as DK,
        // EE 0.04-0.04 = 0 (not larger). Equal 0.01: DK and IS (34, by code) before SE (23)
        assertEquals(new CountryLead(List.of("DK", "IS", "SE")), c.secondCountries());
    }

    @Test
    void aTotalOfZeroHasSharesOfZero() {
        Comparison c = compare(catalog(tech("a", 0), tech("b", 100).country("US", 30)), "a", "b");
        // a's shares are 0: 0 - 30/100 < 0
        assertEquals(new CountryLead(List.of()), c.firstCountries());
        assertEquals(new CountryLead(List.of("US")), c.secondCountries());
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
