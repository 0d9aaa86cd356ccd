package dev.versus.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** Formatting by each language's CLDR rules, with the expected strings worked out by hand. */
class MessageTest {

    private static String format(Message message, int n) {
        return message.format(Map.of("n", n));
    }

    @Test
    void englishPluralsHaveOneAndOther() {
        Message pages = new Message("pages", "en", "{n, plural, one {# page} other {# pages}}");
        assertEquals("1 page", format(pages, 1));
        assertEquals("5 pages", format(pages, 5));
        assertEquals("0 pages", format(pages, 0));
        assertEquals("1,234 pages", format(pages, 1234));
    }

    @Test
    void germanPluralsAndDigitGroups() {
        Message pages = new Message("pages", "de", "{n, plural, one {# Seite} other {# Seiten}}");
        assertEquals("1 Seite", format(pages, 1));
        assertEquals("2 Seiten", format(pages, 2));
        assertEquals("5 Seiten", format(pages, 5));
        assertEquals("1.234 Seiten", format(pages, 1234));
    }

    @Test
    void arabicPluralsHaveSixForms() {
        // CLDR: zero 0; one 1; two 2; few n%100 in 3..10; many n%100 in 11..99; other the rest.
        Message pages = new Message("pages", "ar", "{n, plural, zero {لا صفحات} one {صفحة واحدة} two {صفحتان}"
                + " few {# صفحات} many {# صفحةً} other {# صفحة}}");
        assertEquals("لا صفحات", format(pages, 0));
        assertEquals("صفحة واحدة", format(pages, 1));
        assertEquals("صفحتان", format(pages, 2));
        assertEquals("3 صفحات", format(pages, 3));
        assertEquals("10 صفحات", format(pages, 10));
        assertEquals("11 صفحةً", format(pages, 11));
        assertEquals("99 صفحةً", format(pages, 99));
        assertEquals("100 صفحة", format(pages, 100));
        assertEquals("103 صفحات", format(pages, 103));
        assertEquals("111 صفحةً", format(pages, 111));
    }

    @Test
    void englishOrdinalsNeverSay11st() {
        Message rank = new Message("rank", "en", "{n, selectordinal, one {#st} two {#nd} few {#rd} other {#th}}");
        StringBuilder shown = new StringBuilder();
        for (int n : new int[] {1, 2, 3, 4, 11, 12, 13, 21, 22, 23, 101, 111}) {
            shown.append(format(rank, n)).append(' ');
        }
        assertEquals("1st 2nd 3rd 4th 11th 12th 13th 21st 22nd 23rd 101st 111th ", shown.toString());
    }

    @Test
    void argumentsAreFoundInsideBranchesAndAllAreRequired() {
        Message sites = new Message("sites", "en",
                "{count, plural, one {# site in {country}} other {# sites in {country}}}");
        assertEquals(java.util.Set.of("count", "country"), sites.arguments());
        assertEquals("2 sites in Japan", sites.format(Map.of("count", 2, "country", "Japan")));
        IllegalArgumentException missing = assertThrows(IllegalArgumentException.class,
                () -> sites.format(Map.of("count", 2)));
        assertEquals("message \"sites\" (en) needs the argument {country}, given [count]", missing.getMessage());
    }

    @Test
    void messagesRejectAMessageFiledUnderAnotherKeyOrFromALanguageNotInTheChain() {
        SortedMap<String, Message> misfiled = new TreeMap<>(Map.of("b", new Message("a", "en", "A")));
        assertThrows(IllegalArgumentException.class, () -> new Messages(List.of("en"), misfiled));
        SortedMap<String, Message> foreign = new TreeMap<>(Map.of("a", new Message("a", "fr", "A")));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new Messages(List.of("de", "en"), foreign));
        assertEquals("message a (fr) = A filed under \"a\" for languages [de, en]", e.getMessage());
    }
}
