package dev.versus.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExactArithmeticTest {
    private static final long MAX = (1L << 53) - 1;

    @Test
    void productsBeyondALongAreComparedExactly() {
        // MAX * MAX = 2^106 - 2^54 + 1 and (MAX - 1) * 2^53 = 2^106 - 2^54: the first is larger by 1
        assertEquals(1, CrossProducts.compare(MAX, MAX, MAX - 1, 1L << 53));
        assertEquals(-1, CrossProducts.compare(MAX - 1, 1L << 53, MAX, MAX));
        assertEquals(0, CrossProducts.compare(MAX, 6, 3 * MAX, 2));
    }

    @Test
    void negativeFactorsKeepTheirSign() {
        // -3 * 5 = -15 < 2 * -7 = -14
        assertEquals(-1, CrossProducts.compare(-3, 5, 2, -7));
        assertEquals(1, CrossProducts.compare(-MAX, -MAX, MAX, MAX - 1));
    }

    @Test
    void sharesTooCloseForDoublesAreStillOrdered() {
        Share larger = new Share(MAX - 1, MAX);
        Share smaller = new Share(MAX - 2, MAX - 1);
        // x / (x + 1) grows with x, but both round to the same double
        assertEquals(larger.value(), smaller.value());
        assertTrue(larger.compareTo(smaller) > 0);
        assertTrue(smaller.compareTo(larger) < 0);
    }

    @Test
    void aShareOfATotalOfZeroIsZero() {
        assertEquals(0, new Share(0, 0).compareTo(new Share(0, 5)));
        assertTrue(new Share(0, 0).compareTo(new Share(1, 5)) < 0);
        assertEquals(0.0, new Share(0, 0).value());
    }

    @Test
    void theTopKKeepsTheBestItemsBestFirstAndEqualOnesInOfferOrder() {
        TopK<String> top = new TopK<>(3, Comparator.comparingInt(String::length));
        for (String word : List.of("ccc", "a", "dddd", "b", "ee", "f")) {
            top.offer(word);
        }
        // lengths 3 1 4 1 2 1: the three of length 1, in the order offered
        assertEquals(List.of("a", "b", "f"), top.toList());
    }
}
