package dev.versus.derive;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

class LargestRemainderTest {

    private static Map<String, Long> weights(Object... keysAndWeights) {
        Map<String, Long> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndWeights.length; i += 2) {
            map.put((String) keysAndWeights[i], ((Number) keysAndWeights[i + 1]).longValue());
        }
        return map;
    }

    @Test
    @DisplayName("Seven units over weights 5, 3 and 2 give 4, 2 and 1, as worked out by hand")
    void sevenUnitsOverThreeCountries() {
        // Quotas 3.5, 2.1 and 1.4: floors 3, 2, 1 leave one unit, which goes to the largest remainder (0.5).
        assertEquals(weights("DE", 4, "FR", 2, "GB", 1), LargestRemainder.allocate(7, weights("DE", 5, "FR", 3, "GB", 2)));
    }

    @Test
    @DisplayName("Equal remainders go to the earlier key")
    void equalRemaindersGoToTheEarlierKey() {
        assertEquals(weights("AT", 4, "BE", 3, "CH", 3), LargestRemainder.allocate(10, weights("AT", 1, "BE", 1, "CH", 1)));
    }

    @Test
    @DisplayName("Nothing to allocate or no weight gives zeros everywhere")
    void nothingToAllocateGivesZeros() {
        assertEquals(weights("DE", 0, "FR", 0), LargestRemainder.allocate(0, weights("DE", 3, "FR", 1)));
        assertEquals(weights("DE", 0, "FR", 0), LargestRemainder.allocate(9, weights("DE", 0, "FR", 0)));
    }

    @Test
    @DisplayName("Parts always sum exactly to the amount")
    void partsSumToTheAmount() {
        Map<String, Long> uneven = weights("A", 999_983, "B", 7, "C", 1, "D", 123_457, "E", 0);
        for (long amount : new long[] {1, 2, 3, 17, 1_000_003, 9_007_199_254_740_991L}) {
            long sum = LargestRemainder.allocate(amount, uneven).values().stream().mapToLong(Long::longValue).sum();
            assertEquals(amount, sum);
        }
    }

    @Test
    void arraysSumExactlyAndGiveLeftoversToTheLargestRemaindersAndGivesLeftoversToTheLargestRemainders() {
        // 7 over 5:3:2 -> quotas 3.5, 2.1, 1.4 -> floors 3, 2, 1, and the one left goes to 3.5.
        assertArrayEquals(new long[] {4, 2, 1}, LargestRemainder.split(7, new long[] {5, 3, 2}));
        // Equal remainders: the earlier index first.
        assertArrayEquals(new long[] {4, 3, 3}, LargestRemainder.split(10, new long[] {1, 1, 1}));
        assertArrayEquals(new long[] {0, 0}, LargestRemainder.split(5, new long[] {0, 0}));
        assertArrayEquals(new long[] {0, 9, 0}, LargestRemainder.split(9, new long[] {0, 4, 0}));
    }

    @Test
    void amountsWhoseProductsOverflowALongAreSplitExactly() {
        // 2^62 over 1:1:1 -> quotas 2^62/3 each, remainder 1 each; the one left over goes to the first.
        long third = (1L << 62) / 3;
        assertArrayEquals(new long[] {third + 1, third, third},
                LargestRemainder.split(1L << 62, new long[] {1L << 40, 1L << 40, 1L << 40}));
    }
}
