package dev.versus.derive;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Splits a whole amount across keys in proportion to integer weights so that the parts are
 * integers summing exactly to the amount (the largest-remainder, or Hamilton, method): each key
 * first gets the floor of its exact quota {@code amount * weight / totalWeight}; the units left
 * over go one each to the keys with the largest remainders, equal remainders to the earlier key.
 * Integer arithmetic throughout, so no rounding error can make the parts overshoot.
 */
final class LargestRemainder {
    private LargestRemainder() {
    }

    /** Parts in the weights' key order; keys with weight 0 get 0. */
    static Map<String, Long> allocate(long amount, Map<String, Long> weights) {
        BigInteger totalWeight = BigInteger.valueOf(weights.values().stream().mapToLong(Long::longValue).sum());
        Map<String, Long> parts = new LinkedHashMap<>();
        if (amount <= 0 || totalWeight.signum() == 0) {
            weights.keySet().forEach(key -> parts.put(key, 0L));
            return parts;
        }
        List<Remainder> remainders = new ArrayList<>();
        long given = 0;
        int index = 0;
        for (Map.Entry<String, Long> entry : weights.entrySet()) {
            BigInteger[] quota = BigInteger.valueOf(amount).multiply(BigInteger.valueOf(entry.getValue()))
                    .divideAndRemainder(totalWeight);
            parts.put(entry.getKey(), quota[0].longValueExact());
            given += quota[0].longValueExact();
            remainders.add(new Remainder(entry.getKey(), quota[1], index++));
        }
        remainders.sort(Comparator.comparing(Remainder::value).reversed().thenComparingInt(Remainder::order));
        for (int i = 0; i < amount - given; i++) {
            parts.merge(remainders.get(i).key(), 1L, Long::sum);
        }
        return parts;
    }

    private record Remainder(String key, BigInteger value, int order) {
    }
}
