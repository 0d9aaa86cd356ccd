package dev.versus.compare;

import static dev.versus.compare.Fixtures.catalog;
import static dev.versus.compare.Fixtures.tech;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class CountryRankingsTest {

    private static List<String> describe(List<CountryRanking.Placing> placings) {
        return placings.stream()
                .map(p -> p.technology().slug() + " " + p.rank() + "/" + p.worldRank())
                .toList();
    }

    @Test
    void aCategoryRanksByCountThereWithTiesBySlugBesideTheWorldwideRank() {
        // Worldwide: a 1000, b 900, c 800, d 700. In DE: d 40, b 30, c 30, a 0 (not placed).
        Catalog catalog = catalog(
                tech("a", 1000).country("DE", 0).country("US", 500),
                tech("b", 900).country("DE", 30),
                tech("c", 800).country("DE", 30),
                tech("d", 700).country("DE", 40));
        CountryRankings rankings = CountryRankings.of(catalog);

        assertEquals(List.of("DE", "US"), rankings.countries());
        CountryRanking de = rankings.ranked("DE").get(0);
        assertEquals(100, de.total());
        assertEquals(List.of("d 1/4", "b 2/2", "c 3/3"), describe(de.placings()));
        assertEquals(3, rankings.detectedTechnologies("DE"));
        assertEquals(1, rankings.detectedTechnologies("US"));
    }

    @Test
    void categoriesBelowTheAwardsMinimumAreThinNotRanked() {
        // Default minAwardSample is 50: "web" counts 60 in FR, "cms" 49.
        Catalog catalog = catalog(
                tech("a", 100).in("web").country("FR", 60),
                tech("b", 100).in("cms").country("FR", 49));
        CountryRankings rankings = CountryRankings.of(catalog);
        assertEquals(List.of("web"), rankings.ranked("FR").stream().map(r -> r.category().slug()).toList());
        assertEquals(List.of("cms"), rankings.thin("FR").stream().map(r -> r.category().slug()).toList());
        assertThrows(IllegalArgumentException.class, () -> rankings.ranked("JP"));
    }

    @Test
    void leadersAreTheFirstFiveHere() {
        Catalog catalog = catalog(
                tech("a", 60).country("IT", 1), tech("b", 50).country("IT", 2), tech("c", 40).country("IT", 3),
                tech("d", 30).country("IT", 4), tech("e", 20).country("IT", 5), tech("f", 10).country("IT", 60));
        CountryRanking it = CountryRankings.of(catalog).ranked("IT").get(0);
        assertEquals(List.of("f 1/6", "e 2/5", "d 3/4", "c 4/3", "b 5/2"), describe(it.leaders()));
    }

    @Test
    void higherHereNamesTheLargestGainsOfThreePlacesOrMoreAmongTheFirstTenHere() {
        // Worldwide a..l rank 1..12. In NL: l 100 (#1 here, #12: gain 11), k 90 (#2, #11: +9),
        // a 80 (#3, #1: -2), c 70 (#4, #3: -1), j 60 (#5, #10: +5), e 50 (#6, #5: -1), b 40 (#7, #2: -5),
        // i 30 (#8, #9: +1), g 20 (#9, #7: -2), h 10 (#10, #8: -2); d, f not detected.
        Catalog catalog = catalog(
                tech("a", 120).country("NL", 80), tech("b", 110).country("NL", 40),
                tech("c", 100).country("NL", 70), tech("d", 90),
                tech("e", 80).country("NL", 50), tech("f", 70),
                tech("g", 60).country("NL", 20), tech("h", 50).country("NL", 10),
                tech("i", 40).country("NL", 30), tech("j", 30).country("NL", 60),
                tech("k", 20).country("NL", 90), tech("l", 10).country("NL", 100));
        CountryRanking nl = CountryRankings.of(catalog).ranked("NL").get(0);
        assertEquals(List.of("l 1/12", "k 2/11", "j 5/10"), describe(nl.higherHere()));
        // Worldwide first ten a..j: d (#4) and f (#6) are not detected here, so they fall most;
        // then b falls 5 places (#2 -> #7); a, c, e, g, h, i, j fall fewer than 3 or rise.
        assertEquals(List.of("d 0/4", "f 0/6", "b 7/2"), describe(nl.lowerHere()));
    }

    @Test
    void noShiftIsNamedWhenTheCountryFollowsTheWorldwideOrder() {
        // z is detected nowhere, so not being detected in SE is no fall.
        Catalog catalog = catalog(tech("a", 30).country("SE", 300), tech("b", 20).country("SE", 200),
                tech("c", 10).country("SE", 100), tech("z", 0));
        CountryRanking se = CountryRankings.of(catalog).ranked("SE").get(0);
        assertEquals(List.of(), se.higherHere());
        assertEquals(List.of(), se.lowerHere());
    }
}
