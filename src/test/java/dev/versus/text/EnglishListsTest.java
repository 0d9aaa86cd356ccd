package dev.versus.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class EnglishListsTest {

    @Test
    void anEmptyListIsEmptyText() {
        assertEquals("", EnglishLists.join(List.of()));
    }

    @Test
    void oneItemStandsAlone() {
        assertEquals("Germany", EnglishLists.join(List.of("Germany")));
    }

    @Test
    void twoItemsAreJoinedByAndWithoutAComma() {
        assertEquals("Germany and France", EnglishLists.join(List.of("Germany", "France")));
    }

    @Test
    void threeOrMoreItemsTakeTheSerialComma() {
        assertEquals("the United States, Germany, and the United Kingdom",
                EnglishLists.join(List.of("the United States", "Germany", "the United Kingdom")));
        assertEquals("A, B, C, and D", EnglishLists.join(List.of("A", "B", "C", "D")));
    }
}
