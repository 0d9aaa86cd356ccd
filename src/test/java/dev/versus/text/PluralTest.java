package dev.versus.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class PluralTest {

    @Test
    void zeroAndManyTakeThePluralOneTheSingular() {
        assertEquals("0 comparisons", Plural.count(0, "comparison", "comparisons"));
        assertEquals("1 comparison", Plural.count(1, "comparison", "comparisons"));
        assertEquals("2 comparisons", Plural.count(2, "comparison", "comparisons"));
        assertEquals("221,163 comparisons", Plural.count(221_163, "comparison", "comparisons"));
    }

    @Test
    void irregularPluralsAreGivenNotGuessed() {
        assertEquals("1 country", Plural.count(1, "country", "countries"));
        assertEquals("3 kinds of site", Plural.count(3, "kind of site", "kinds of site"));
        assertEquals("categories", Plural.noun(0, "category", "categories"));
    }

    @Test
    void theVerbAgreesWithTheCount() {
        assertEquals("is", Plural.isAre(1));
        assertEquals("are", Plural.isAre(0));
        assertEquals("are", Plural.isAre(2));
        assertEquals("are", Plural.isAre(1_000_000));
    }
}
