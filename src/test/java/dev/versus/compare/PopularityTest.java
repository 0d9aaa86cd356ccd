package dev.versus.compare;

import static dev.versus.compare.Comparisons.popularity;
import static dev.versus.compare.Fixtures.catalog;
import static dev.versus.compare.Fixtures.compare;
import static dev.versus.compare.Fixtures.tech;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.versus.compare.Popularity.Band;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class PopularityTest {

    @Test
    void aRatioJustBelowOnePointOneIsAboutEqual() {
        // 109 / 100: 10 * 109 = 1090 < 11 * 100 = 1100
        assertEquals(Band.ABOUT_EQUAL, popularity(109, 100).band());
        assertEquals(Band.ABOUT_EQUAL, popularity(100, 100).band());
    }

    @Test
    void aRatioOfExactlyOnePointOneIsAPercentage() {
        // 110 / 100: 1100 < 1100 is false, so r >= 1.1
        assertEquals(Band.PERCENT, popularity(110, 100).band());
        assertEquals(Band.PERCENT, popularity(100, 110).band());
    }

    @Test
    void theBoundaryOfOnePointOneIsExactEvenNearTwoToTheFiftyThird() {
        // 9007199254740984 = 11 * 818836295885544 and 8188362958855440 = 10 * 818836295885544: r = 1.1 exactly
        assertEquals(Band.PERCENT, popularity(9007199254740984L, 8188362958855440L).band());
        // one less on top: 10 * 9007199254740983 < 11 * 8188362958855440
        assertEquals(Band.ABOUT_EQUAL, popularity(9007199254740983L, 8188362958855440L).band());
    }

    @Test
    void aRatioJustBelowTwoIsAPercentageAndExactlyTwoIsTimes() {
        assertEquals(Band.PERCENT, popularity(199, 100).band());
        assertEquals(Band.TIMES, popularity(200, 100).band());
    }

    @Test
    void muchMorePopularStartsAtExactlyThree() {
        assertFalse(popularity(299, 100).much());
        assertTrue(popularity(300, 100).much());
        // the headline adverb changes at 3 while the band stays "times"
        assertEquals(Band.TIMES, popularity(299, 100).band());
    }

    @Test
    void twoTotalsOfZeroAreNeitherWithNoRatioAndTheFirstLeads() {
        Comparison c = compare(catalog(tech("a", 0), tech("b", 0)), "a", "b");
        assertEquals(Band.NEITHER, c.popularity().band());
        assertNull(c.popularity().ratio());
        assertEquals("a", c.leader().slug());
        assertFalse(c.popularity().much());
    }

    @Test
    void oneTotalOfZeroIsOnlyOneWithNoRatioAndTheOtherLeads() {
        Comparison c = compare(catalog(tech("a", 0), tech("b", 5)), "a", "b");
        assertEquals(Band.ONLY_ONE, c.popularity().band());
        assertNull(c.popularity().ratio());
        assertEquals("b", c.leader().slug());
        assertEquals("a", c.other().slug());
    }

    @Test
    void equalTotalsMakeTheFirstInCanonicalOrderTheLeader() {
        Comparison c = compare(catalog(tech("b", 100), tech("a", 100)), "b", "a");
        assertEquals("a", c.leader().slug());
        assertEquals("b", c.other().slug());
    }

    @Test
    void theLargerTotalLeadsAndTheRatioIsLargerOverSmaller() {
        Comparison c = compare(catalog(tech("a", 200), tech("b", 500)), "a", "b");
        assertEquals("b", c.leader().slug());
        // 500 / 200 = 2.5
        assertEquals(0, new BigDecimal("2.5").compareTo(c.popularity().ratio()));
        assertEquals(Band.TIMES, c.popularity().band());
    }
}
