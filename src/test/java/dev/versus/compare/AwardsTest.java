package dev.versus.compare;

import static dev.versus.compare.Fixtures.catalog;
import static dev.versus.compare.Fixtures.compare;
import static dev.versus.compare.Fixtures.tech;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AwardsTest {

    @Test
    void aCountryGivesAwardsWhenTheCategoryCountsFiftyThereButNotFortyNine() {
        Catalog catalog = catalog(
                tech("t1", 100).country("US", 30).country("DE", 30),
                tech("t2", 100).country("US", 19).country("DE", 20));
        // US: 30 + 19 = 49 < 50, no awards; DE: 30 + 20 = 50
        assertEquals(List.of(new Award("DE", "web", 1, 30)), catalog.awards("t1"));
        assertEquals(List.of(new Award("DE", "web", 2, 20)), catalog.awards("t2"));
    }

    @Test
    void aCountOfZeroOrNoCountIsNeverAwarded() {
        Catalog catalog = catalog(tech("t1", 100).country("DE", 60), tech("t2", 100).country("DE", 0),
                tech("t3", 100));
        assertEquals(List.of(), catalog.awards("t2"));
        assertEquals(List.of(), catalog.awards("t3"));
    }

    @Test
    void ranksInACountryBreakTiesBySlugAndStopAtThirty() {
        List<Fixtures.Spec> specs = new ArrayList<>();
        for (int i = 1; i <= 31; i++) {
            // t01 counts 100, t02 99, ... t31 70 in the US
            specs.add(tech(String.format("t%02d", i), 1000).country("US", 101 - i));
        }
        specs.add(tech("t00", 1000).country("US", 99)); // ties with t02: t00 comes first by slug
        Catalog catalog = catalog(specs.toArray(Fixtures.Spec[]::new));
        assertEquals(List.of(new Award("US", "web", 2, 99)), catalog.awards("t00"));
        assertEquals(List.of(new Award("US", "web", 3, 99)), catalog.awards("t02"));
        // t29 is 30th (t00 is ahead of it), t30 is 31st
        assertEquals(30, catalog.awards("t29").get(0).rank());
        assertEquals(List.of(), catalog.awards("t30"));
        assertEquals(List.of(), catalog.awards("t31"));
    }

    @Test
    void equalRanksAreOrderedByCountThenCountryThenCategory() {
        Catalog catalog = catalog(tech("t", 1000).in("web", "cms")
                .country("US", 80).country("DE", 90).country("FR", 80));
        // t is alone, so first everywhere: DE (90), then FR and US (80, by code), US in cms before web
        assertEquals(List.of(new Award("DE", "cms", 1, 90), new Award("DE", "web", 1, 90),
                new Award("FR", "cms", 1, 80), new Award("FR", "web", 1, 80),
                new Award("US", "cms", 1, 80), new Award("US", "web", 1, 80)), catalog.awards("t"));
    }

    @Test
    void betterRanksComeFirstWhateverTheCount() {
        Catalog catalog = catalog(tech("t", 1000).country("US", 500).country("NO", 60),
                tech("u", 1000).country("US", 900));
        // US: u 900, t 500 → t is 2nd; NO: t alone → 1st
        assertEquals(List.of(new Award("NO", "web", 1, 60), new Award("US", "web", 2, 500)), catalog.awards("t"));
    }

    @Test
    void atMostTenAwardsAreShownTheBestOnes() {
        Fixtures.Spec t = tech("t", 10000);
        String[] codes = {"AT", "BE", "CH", "DE", "DK", "ES", "FI", "FR", "GB", "IE", "IT", "NL"};
        for (int i = 0; i < codes.length; i++) {
            t.country(codes[i], 60 + i); // AT 60 ... NL 71, first everywhere
        }
        List<Award> awards = catalog(t).awards("t");
        // twelve firsts; by count descending: NL 71 ... CH 62; BE 61 and AT 60 are dropped
        assertEquals(10, awards.size());
        assertEquals(new Award("NL", "web", 1, 71), awards.get(0));
        assertEquals(new Award("CH", "web", 1, 62), awards.get(9));
    }

    @Test
    void aPageShowsAwardsFromAllCategoriesNotOnlyTheSharedOnes() {
        Catalog catalog = catalog(tech("a", 100).in("web", "cms").country("US", 10),
                tech("b", 100).in("web").country("US", 45), tech("c", 100).in("cms").country("US", 40));
        // web in US: b 45, a 10 = 55; cms in US: c 40, a 10 = 50
        Comparison comparison = compare(catalog, "a", "b");
        assertEquals(List.of(new Award("US", "cms", 2, 10), new Award("US", "web", 2, 10)), comparison.firstAwards());
        assertEquals(List.of(new Award("US", "web", 1, 45)), comparison.secondAwards());
    }

    @Test
    void theTierFollowsTheRank() {
        assertEquals("\u2B50", new Award("US", "web", 10, 1).tier());
        assertEquals("\uD83D\uDD25", new Award("US", "web", 11, 1).tier());
        assertEquals("\u2B06\uFE0F", new Award("US", "web", 21, 1).tier());
    }
}
