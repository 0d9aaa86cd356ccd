package dev.versus.compare;

import static dev.versus.compare.Fixtures.catalog;
import static dev.versus.compare.Fixtures.compare;
import static dev.versus.compare.Fixtures.tech;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SiteCategoryTest {

    @Test
    void eachSideIsNamedForTheThreeKindsWhereItsShareMostExceedsTheOthers() {
        Comparison c = compare(catalog(
                tech("a", 100).site("business", 30).site("education", 10).site("news", 5).site("shopping", 0)
                        .site("technical", 2).site("travel", 10).site("games", 4),
                tech("b", 200).site("business", 20).site("education", 10).site("news", 10).site("shopping", 40)
                        .site("technical", 60)), "a", "b");
        // a_k/100 - b_k/200: business 0.30-0.10 = 0.20, travel 0.10-0 = 0.10, education 0.10-0.05 = 0.05,
        // games 0.04 (fourth, not named), news 0.05-0.05 = 0 (nobody's)
        assertEquals(List.of("business", "travel", "education"), c.firstSiteCategories());
        // b_k/200 - a_k/100: technical 0.30-0.02 = 0.28, shopping 0.20-0 = 0.20
        assertEquals(List.of("technical", "shopping"), c.secondSiteCategories());
    }

    @Test
    void equalDifferencesAreOrderedByCombinedCountThenSlug() {
        Comparison c = compare(catalog(
                tech("a", 100).site("z", 15).site("y", 15).site("x", 20),
                tech("b", 100).site("z", 5).site("y", 5).site("x", 10)), "a", "b");
        // all three differences are 0.10; sums x 30, y 20, z 20 (y before z by slug)
        assertEquals(List.of("x", "y", "z"), c.firstSiteCategories());
    }

    @Test
    void aTotalOfZeroMakesEveryShareOfItZero() {
        Comparison c = compare(catalog(tech("a", 0), tech("b", 50).site("business", 10)), "a", "b");
        // a: 0 - 10/50 < 0; b: 10/50 - 0 = 0.2
        assertEquals(List.of(), c.firstSiteCategories());
        assertEquals(List.of("business"), c.secondSiteCategories());
        assertEquals(new SiteCategoryRow("business", 0, 10, new Share(0, 0), new Share(10, 50)),
                c.siteCategoryRows().get(0));
        assertEquals(0.0, c.siteCategoryRows().get(0).firstShare().value());
    }

    @Test
    void theTableHasTheTenLargestCombinedCountsTiesBySlug() {
        Fixtures.Spec a = tech("a", 1000);
        Fixtures.Spec b = tech("b", 1000);
        for (int i = 1; i <= 11; i++) {
            a.site("k" + (char) ('a' + i), i); // kb 1 ... kl 11
        }
        b.site("ka", 11).site("kz", 0);
        Comparison c = compare(catalog(a, b), "a", "b");
        // sums: ka 11, kl 11 (ka first by slug), kk 10, ... kd 3; kc 2 and kb 1 are left out; kz 0 never shows
        assertEquals(List.of("ka", "kl", "kk", "kj", "ki", "kh", "kg", "kf", "ke", "kd"),
                c.siteCategoryRows().stream().map(SiteCategoryRow::slug).toList());
    }
}
