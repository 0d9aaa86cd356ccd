package dev.versus.derive;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Splits a whole amount across keys in proportion to integer weights so that the parts are
 * integers summing exactly to the amount (the largest-remainder, or Hamilton, method): each key
 * first gets the floor of its exact quota {@code amount * weight / totalWeight}; the units left
 * over go one each to the keys with the largest remainders, equal remainders to the earlier key.
 * Integer arithmetic throughout, so no rounding error can make the parts overshoot. Used by
 * {@code derive} and {@code synth}, whose snapshots depend on these exact parts.
 */
public final class LargestRemainder {
    private LargestRemainder() {
    }

    /** Parts in the weights' key order; keys with weight 0 get 0. */
    public static Map<String, Long> allocate(long amount, Map<String, Long> weights) {
        long[] parts = split(amount, weights.values().stream().mapToLong(Long::longValue).toArray());
        Map<String, Long> byKey = new LinkedHashMap<>();
        int index = 0;
        for (String key : weights.keySet()) {
            byKey.put(key, parts[index++]);
        }
        return byKey;
    }

    /** Parts in the order of {@code weights}; all 0 when the amount or every weight is 0. */
    public static long[] split(long amount, long[] weights) {
        BigInteger total = BigInteger.ZERO;
        for (long weight : weights) {
            total = total.add(BigInteger.valueOf(weight));
        }
        long[] parts = new long[weights.length];
        if (amount <= 0 || total.signum() == 0) {
            return parts;
        }
        List<BigInteger> remainders = new ArrayList<>(weights.length);
        long given = 0;
        for (int i = 0; i < weights.length; i++) {
            BigInteger[] quota = BigInteger.valueOf(amount).multiply(BigInteger.valueOf(weights[i]))
                    .divideAndRemainder(total);
            parts[i] = quota[0].longValueExact();
            given += parts[i];
            remainders.add(quota[1]);
        }
        for (long left = amount - given; left > 0; left--) {
            int best = 0;
            for (int i = 1; i < weights.length; i++) {
                if (remainders.get(i).compareTo(remainders.get(best)) > 0) {
                    best = i;
                }
            }
            parts[best]++;
            remainders.set(best, BigInteger.valueOf(-1));
        }
        return parts;
    }
}
