package dev.versus.load;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Error messages show text from a snapshot escaped, so that nothing in it acts on the terminal. */
class QuoteTest {

    @Test
    void controlAndFormatCharactersAreEscaped() {
        assertEquals("\"a\\u0007b\\u0085c\\u202ed\\u200be\\u2066\"", Quote.of("a\u0007b\u0085c\u202Ed\u200Be\u2066"));
    }

    @Test
    void unpairedSurrogatesAreEscapedAndPairsKept() {
        assertEquals("\"\\ud800x\\udc00\uD83D\uDE00\"", Quote.of("\uD800x\uDC00\uD83D\uDE00"));
    }

    @Test
    void visibleTextIsKeptAsItIs() {
        assertEquals("\"Caf\u00e9 \u05D0\"", Quote.of("Caf\u00e9 \u05D0"));
    }
}
