package dev.versus.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class OrdinalsTest {

    @Test
    void firstToTenthTakeTheirOwnSuffixes() {
        String[] expected = {"1st", "2nd", "3rd", "4th", "5th", "6th", "7th", "8th", "9th", "10th"};
        for (int n = 1; n <= 10; n++) {
            assertEquals(expected[n - 1], Ordinals.of(n));
        }
    }

    @Test
    void elevenTwelveAndThirteenTakeTh() {
        assertEquals("11th", Ordinals.of(11));
        assertEquals("12th", Ordinals.of(12));
        assertEquals("13th", Ordinals.of(13));
        assertEquals("111th", Ordinals.of(111));
        assertEquals("112th", Ordinals.of(112));
        assertEquals("113th", Ordinals.of(113));
        assertEquals("1011th", Ordinals.of(1011));
        assertEquals("1012th", Ordinals.of(1012));
        assertEquals("1013th", Ordinals.of(1013));
    }

    @Test
    void otherNumbersFollowTheirLastDigit() {
        assertEquals("21st", Ordinals.of(21));
        assertEquals("22nd", Ordinals.of(22));
        assertEquals("23rd", Ordinals.of(23));
        assertEquals("24th", Ordinals.of(24));
        assertEquals("30th", Ordinals.of(30));
        assertEquals("101st", Ordinals.of(101));
        assertEquals("102nd", Ordinals.of(102));
        assertEquals("103rd", Ordinals.of(103));
        assertEquals("1001st", Ordinals.of(1001));
        assertEquals("1021st", Ordinals.of(1021));
    }

    @Test
    void everyOrdinalUpTo113MatchesTheEnglishRule() {
        for (int n = 1; n <= 113; n++) {
            String suffix = (n % 100 >= 11 && n % 100 <= 13) ? "th"
                    : n % 10 == 1 ? "st" : n % 10 == 2 ? "nd" : n % 10 == 3 ? "rd" : "th";
            assertEquals(n + suffix, Ordinals.of(n));
        }
    }
}
